"""Text mining of the report stream, after the second paper (interleaved text/image deep mining of a PACS):
key-image references (``keyimages``), LDA topic models (``topics``, imports gensim lazily) and topic drift
(``drift``). The core modules are pure; reading files and printing live in triage/commands/mining_cmds.py."""

from triage.mining.keyimages import MAX_KEY_IMAGES, ImageRef, extract_image_refs

__all__ = ["MAX_KEY_IMAGES", "ImageRef", "extract_image_refs"]
