"""triage.mllp: the MLLP front door. HL7 v2 over TCP (MLLP, optionally TLS) → the input topic, byte for byte,
with an original-mode ACK that says AA only once the broker has acknowledged the write (enhanced mode when
MSH-15/MSH-16 ask for it: at most one ACK per message, the accept ACK CA/CE/CR when MSH-15 asks for it, else
the application ACK AA/AE/AR when MSH-16 does).

Module map: ``codec`` (0x0B … 0x1C 0x0D frames, incremental, bounded) → ``ack`` (MSH of the incoming message →
ACK bytes) → ``server`` (asyncio listener, Kafka producer, metrics and health).
"""

from triage.mllp.ack import AckCode, acknowledgments, build_ack, read_header
from triage.mllp.codec import END_BLOCK, START_BLOCK, Abandoned, Frame, FrameDecoder, Oversize, frame

__all__ = [
    "END_BLOCK",
    "START_BLOCK",
    "Abandoned",
    "AckCode",
    "Frame",
    "FrameDecoder",
    "Oversize",
    "acknowledgments",
    "build_ack",
    "frame",
    "read_header",
]
