"""Non-head regions for the synthetic corpus (see corpus.py): whole non-head reports (negatives) and the extra
sections of multi-region trauma studies (both classes). Extracranial bleeds live here: negative by the
labeling guideline, yet worded with "hematoma", "hemorrhage" and "bleed". Plain data, no randomness.
"""

from __future__ import annotations

# region -> (exam names, normal sentences, findings with a size slot or none)
REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "chest": (
        ("CT CHEST WITH CONTRAST", "CR CHEST 2 VIEWS", "CTA CHEST PULMONARY EMBOLISM"),
        (
            "The lungs are clear.",
            "No pleural effusion or pneumothorax.",
            "Heart size is normal.",
            "No mediastinal lymphadenopathy.",
            "No pulmonary embolism.",
        ),
        (
            "Mass in the {side} lower lobe, {size}.",
            "Patchy infiltrate in the {side} lower lobe.",
            "Spiculated {side} upper lobe nodule, {size}.",
            "Small {side} hemothorax.",
            "{side} rib fractures with a small pneumothorax.",
            "Moderate {side} pleural effusion.",
            "Mediastinal hematoma around the aortic arch.",
            "Emphysema.",
        ),
    ),
    "abdomen": (
        ("CT ABDOMEN AND PELVIS WITH CONTRAST", "US ABDOMEN COMPLETE", "CT ABDOMEN PELVIS WITHOUT CONTRAST"),
        (
            "The liver, spleen and pancreas are unremarkable.",
            "No free fluid or free air.",
            "Bowel is normal in caliber.",
            "The kidneys enhance symmetrically.",
            "No retroperitoneal lymphadenopathy.",
        ),
        (
            "Simple cyst of the {side} kidney, {size}.",
            "Mild hydronephrosis of the {side} kidney.",
            "Retroperitoneal hematoma adjacent to the {side} psoas, {size}.",
            "Splenic laceration with perisplenic hematoma.",
            "Hepatic hemorrhage in the {side} lobe of the liver, {size}.",
            "Subcapsular renal hematoma on the {side}.",
            "Active extravasation in the colon consistent with GI bleed.",
            "Cholelithiasis without cholecystitis.",
            "Hemoperitoneum in the pelvis.",
            "Adrenal nodule, {size}, likely adenoma.",
        ),
    ),
    "spine": (
        (
            "CT CERVICAL SPINE WITHOUT CONTRAST",
            "MRI LUMBAR SPINE",
            "MRI THORACIC SPINE WITH AND WITHOUT CONTRAST",
        ),
        (
            "Vertebral body heights are maintained.",
            "Alignment is normal.",
            "No prevertebral soft tissue swelling.",
            "The spinal cord is normal in signal.",
        ),
        (
            "Spinal epidural hematoma at {level} with cord compression.",
            "Compression fracture of {level} with {degree} height loss.",
            "Disc herniation at {level} with {degree} canal stenosis.",
            "Degenerative changes with foraminal narrowing at {level}.",
            "Epidural abscess at {level}, {size}.",
            "Fracture of the {side} transverse process at {level}.",
        ),
    ),
    "neck": (
        ("CT SOFT TISSUE NECK WITH CONTRAST", "CTA NECK", "US THYROID"),
        (
            "The airway is patent.",
            "No cervical lymphadenopathy.",
            "The carotid arteries are patent.",
            "The thyroid gland is normal in size.",
        ),
        (
            "{side} thyroid nodule measuring {size}.",
            "Neck hematoma in the {side} surgical bed.",
            "{side} internal carotid artery dissection.",
            "Peritonsillar abscess on the {side}, {size}.",
            "Enlarged {side} level II lymph node, {size}.",
        ),
    ),
    "extremity": (
        ("XR LEFT WRIST 3 VIEWS", "CT RIGHT KNEE", "MRI SHOULDER", "XR FEMUR"),
        (
            "No acute fracture or dislocation.",
            "Joint spaces are preserved.",
            "Soft tissues are unremarkable.",
        ),
        (
            "Distal radius fracture with {degree} dorsal angulation.",
            "Intramuscular hematoma in the {side} thigh, {size}.",
            "Joint effusion with hemarthrosis.",
            "Full-thickness rotator cuff tear.",
            "Nondisplaced fracture of the {side} fifth metatarsal.",
            "Soft tissue mass measuring {size}.",
        ),
    ),
}
LEVELS = ("C5-C6", "T12", "L1", "L4-L5", "C2", "T6-T7", "L5-S1")
MULTI_REGION_EXAMS = (
    "CT HEAD, CERVICAL SPINE, CHEST, ABDOMEN AND PELVIS (TRAUMA)",
    "CT HEAD AND CERVICAL SPINE WITHOUT CONTRAST",
    "CT HEAD, CHEST AND ABDOMEN",
    "CT HEAD AND CTA NECK",
)
