"""Label-bearing head findings for the synthetic corpus (see corpus.py). Plain data, no randomness.

A finding is a noun phrase with capabilities: ``s`` takes a size clause, ``e`` takes a mass-effect clause; the
other words are families that contradict normal sentences (``vocab.NORMAL_HEAD``). Positives (bleeds) and
negatives (everything radiologists describe with the same words) use the same frames, sizes, effects,
hedges and comparison sentences, so only the bleed words themselves carry the label.
"""

from __future__ import annotations

Finding = tuple[str, str]  # (noun phrase template, "capabilities families")

# ---- positives: intracranial hemorrhage present on this exam, by subtype ---------------------------------
BLEEDS: dict[str, tuple[Finding, ...]] = {
    "subdural_acute": (
        ("{acuity} {side} subdural hematoma along the {convexity}", "s e extra"),
        ("{side} {convexity} subdural haematoma", "s e extra"),
        (
            "hyperdense extra-axial collection along the {side} {convexity}, consistent with subdural blood",
            "s e extra",
        ),
        ("{side} SDH", "s e extra"),
        ("acute SDH (subdural hematoma) over the {side} hemisphere", "s e extra"),
        ("thin subdural hemorrhage layering along the {side} {convexity}", "s extra"),
        ("bilateral subdural hematomas", "s e extra"),
        ("hyperdense extra-axial collection over the {side} {lobe} lobe", "s e extra"),
    ),
    "subdural_subacute": (
        ("subacute {side} subdural hematoma", "s e extra"),
        ("isodense {side} subdural collection compatible with subacute blood products", "s e extra"),
        ("subacute SDH over the {side} {convexity}", "s e extra"),
    ),
    "subdural_chronic": (
        ("chronic {side} subdural hematoma", "s e extra"),
        ("acute on chronic {side} subdural hemorrhage", "s e extra"),
        ("bilateral chronic subdural collections containing blood products", "s e extra"),
        ("chronic SDH along the {side} {convexity}", "s e extra"),
        ("residual {side} subdural hematoma, status post burr hole evacuation", "s e extra"),
        ("recurrent {side} subdural haematoma after prior evacuation", "s e extra"),
        ("mixed-density {side} subdural haematoma with chronic and subacute components", "s e extra"),
    ),
    "epidural": (
        ("{side} {lobe} epidural hematoma", "s e extra bone"),
        ("extra-axial hematoma over the {side} {lobe} lobe", "s e extra"),
        ("EDH beneath the {side} {bone}", "s e extra bone"),
        ("{acuity} epidural haematoma in the {side} {lobe} region", "s e extra"),
        ("epidural bleed adjacent to a depressed {side} {bone} fracture", "s e extra bone"),
    ),
    "subarachnoid": (
        ("subarachnoid hemorrhage in the {cistern}", "cistern"),
        ("SAH within the {side} {cistern}", "cistern"),
        ("diffuse subarachnoid blood in the {cistern}", "e cistern"),
        ("small volume subarachnoid bleeding in the {side} {cistern}", "cistern"),
        ("{acuity} traumatic SAH in the {side} {cistern}", "cistern"),
        ("subarachnoid haemorrhages in the {cistern}", "cistern"),
        ("hyperdense blood in the {side} {lobe} sulci, a subarachnoid hemorrhage", "cistern"),
    ),
    "intraparenchymal": (
        ("{acuity} {side} {deep} hemorrhage", "s e parenchyma"),
        ("intraparenchymal hematoma in the {side} {lobe} lobe", "s e parenchyma"),
        ("IPH in the {side} {deep}", "s e parenchyma"),
        ("intracerebral haemorrhage in the {side} {lobe} lobe", "s e parenchyma"),
        ("ICH (intracerebral hemorrhage) centered in the {side} {deep}", "s e parenchyma"),
        ("BGH (basal ganglia hemorrhage) on the {side}", "s e parenchyma"),
        ("bleeding centered in the {side} {deep}", "s e parenchyma"),
        ("{side} {lobe} lobar bleed", "s e parenchyma"),
        ("parenchymal hemorrhages in both {lobe} lobes", "s parenchyma"),
        ("hyperdense hematoma in the {side} {deep}", "s e parenchyma"),
        ("{acuity} intraparenchymal bleed in the {side} {lobe} lobe", "s e parenchyma"),
    ),
    "intraventricular": (
        ("intraventricular hemorrhage in the {horn}", "ventricle"),
        ("IVH layering in the {horn}", "ventricle"),
        ("blood products layering within the {horn}", "ventricle"),
        ("intraventricular blood with a fluid level in the {horn}", "ventricle"),
        ("{acuity} IVH (intraventricular hemorrhage)", "ventricle"),
    ),
    "contusion": (
        ("hemorrhagic contusion of the {side} {lobe} lobe", "s e parenchyma"),
        ("{side} {lobe} hemorrhagic contusions", "s e parenchyma"),
        ("contusional hemorrhage in the {side} {lobe} lobe", "s e parenchyma"),
        ("{acuity} haemorrhagic contusions of both frontal lobes", "s e parenchyma"),
    ),
    "transformation": (
        ("hemorrhagic transformation of the {side} {territory} infarct", "s e infarct"),
        ("{side} {territory} infarct with hemorrhagic conversion", "s e infarct"),
        ("petechial hemorrhage within the {acuity} {side} {territory} infarct", "s e infarct"),
        ("{side} {territory} territory infarct with new blood products", "s e infarct"),
    ),
    "hemorrhagic_metastasis": (
        ("hemorrhagic metastasis in the {side} {lobe} lobe", "s e mass"),
        ("multiple hemorrhagic metastases", "s e mass"),
        ("{side} {lobe} mass with internal hemorrhage", "s e mass"),
        ("bleeding into a {side} {lobe} metastasis", "s e mass"),
        ("hemorrhagic {side} {lobe} tumor", "s e mass"),
    ),
    "unspecified": (
        ("intracranial hemorrhage", "s e"),
        ("intracranial bleed in the {side} {lobe} region", "s e"),
        ("{acuity} intracranial bleed", "s e"),
        ("{acuity} ICH", "s e"),
        ("intracranial blood products in the {side} {lobe} region", "s e"),
        ("{acuity} intracranial bleeding", "e"),
        ("intracranial haemorrhage", "s e"),
        ("hemorrhages in the {cistern} and along the {side} {convexity}", "e extra cistern"),
    ),
}
# A second bleed in some positives ("with intraventricular extension").
SECONDARY_BLEEDS = (
    "intraventricular extension into the {horn}",
    "small amount of associated subarachnoid blood in the {cistern}",
    "thin {side} subdural component",
    "trace blood layering in the {horn}",
    "additional small focus of hemorrhage in the {side} {lobe} lobe",
    "diffuse hemorrhage within the {cistern}",
)
# Negations a positive report may still carry (other bleed types absent).
NEGATED_OTHER_BLEEDS = (
    "No epidural hematoma.",
    "No intraventricular blood.",
    "No subarachnoid hemorrhage is seen.",
    "No additional hemorrhage elsewhere.",
    "No subdural collection.",
)

# ---- negatives: the same words, no intracranial bleed on this exam --------------------------------------
PATHOLOGY: dict[str, tuple[Finding, ...]] = {
    "mass": (
        ("{side} {lobe} glioma", "s e mass parenchyma"),
        ("enhancing mass centered in the {side} {deep}", "s e mass parenchyma"),
        ("{acuity} {side} {lobe} tumor with mixed solid and cystic components", "s e mass parenchyma"),
        ("high-grade glial neoplasm in the {side} {lobe} lobe", "s e mass parenchyma"),
        ("meningioma along the {side} {convexity}", "s e mass extra"),
        ("extra-axial mass along the falx, likely meningioma", "s e mass extra"),
        ("sellar mass, likely pituitary macroadenoma", "s e mass"),
        ("{side} vestibular schwannoma", "s e mass"),
        ("{acuity} ring-enhancing lesion in the {side} {lobe} lobe", "s e mass parenchyma"),
        ("hyperdense {side} {lobe} mass, likely lymphoma", "s e mass parenchyma"),
    ),
    "metastasis": (
        ("{acuity} metastasis in the {side} {lobe} lobe", "s e mass parenchyma"),
        ("multiple metastases including one in the {side} {deep}", "s e mass parenchyma"),
        ("{side} cerebellar metastatic lesion", "s e mass posterior"),
        ("calvarial metastasis in the {side} {bone}", "s bone"),
    ),
    "cyst": (
        ("arachnoid cyst in the {cistern}", "s e extra cistern"),
        ("thin-walled cyst centered in the {side} {deep}", "s e parenchyma"),
        ("arachnoid cyst in the {side} middle cranial fossa", "s e extra"),
        ("colloid cyst at the foramen of Monro", "s e ventricle"),
        ("epidermoid cyst in the {side} cerebellopontine angle", "s e extra"),
        ("porencephalic cyst in the {side} {lobe} lobe", "s parenchyma"),
    ),
    "infarct": (
        ("hyperdensity of the {side} middle cerebral artery representing thrombus", "infarct"),
        ("{side} {lobe} lobar infarct containing no hemorrhage", "s e infarct"),
        ("{acuity} {side} {territory} infarct with extension into the {deep}", "s e infarct"),
        ("{acuity} infarct in the {side} {territory} territory", "s e infarct"),
        ("{degree} {side} {territory} territory infarct", "s e infarct"),
        ("lacunar infarct in the {side} {deep}", "s infarct"),
        ("cytotoxic edema in the {side} {territory} territory", "e infarct"),
        ("hyperdense {side} MCA sign with early ischemic change", "infarct"),
        ("loss of gray-white differentiation in the {side} insula", "e infarct"),
        ("old {side} {lobe} infarct with encephalomalacia", "s infarct"),
    ),
    "hydrocephalus": (
        ("obstructive hydrocephalus with dilatation of the {horn}", "e ventricle"),
        ("{acuity} communicating hydrocephalus", "e ventricle"),
        ("ventriculomegaly with transependymal flow", "e ventricle"),
    ),
    "fracture": (
        ("traumatic fracture beneath the {side} {lobe} scalp laceration", "s bone"),
        ("{side} {bone} fracture with extension into the {sinus}", "s bone sinus"),
        ("nondisplaced fracture of the {side} {bone}", "s bone"),
        ("depressed {side} {bone} fracture", "s e bone"),
        ("{side} orbital floor fracture", "s bone orbit"),
        ("comminuted nasal bone fractures", "bone"),
        ("fracture of the {side} zygomatic arch", "s bone"),
        ("skull base fracture extending into the {side} {sinus}", "s bone sinus"),
    ),
    "skull": (
        ("premature fusion of the sagittal suture, compatible with craniosynostosis", "bone"),
        ("{side} coronal craniosynostosis", "bone"),
        ("widened sutures without fracture", "bone"),
        ("lytic lesion of the {side} {bone}", "s bone"),
    ),
    "sinus": (
        ("layering fluid in the {side} {sinus}", "sinus"),
        ("small amount of mucosal thickening with trace fluid in the {sinus}", "s sinus"),
        ("{acuity} {side} {sinus} sinusitis with an air-fluid level", "s sinus"),
        ("pansinus mucosal disease", "sinus"),
        ("{side} {sinus} polyp", "s sinus"),
    ),
    "postop": (
        ("postoperative changes of a {side} {lobe} craniotomy with resection cavity", "s e bone mass"),
        ("expected postoperative pneumocephalus", "s e extra"),
        ("{side} ventriculostomy catheter with tip in the {horn}", "ventricle"),
        ("{side} suboccipital craniectomy changes", "bone posterior"),
    ),
    "calcification": (
        ("calcification in the {side} {deep}", "s"),
        ("calcified granuloma in the {side} {lobe} lobe", "s parenchyma"),
        ("dural calcification along the falx", "s"),
    ),
    "aneurysm": (
        ("aneurysm of the {vessel}", "s"),
        ("unruptured aneurysm arising from the {vessel}", "s"),
        ("coil mass at the {vessel} with no residual filling", "s"),
        ("aneurysm clip at the {vessel}", ""),
    ),
    "hygroma": (
        ("thin crescentic CSF-density collection over the {side} {convexity}, a hygroma", "s e extra"),
        ("mixed CSF and fluid components in {side} subdural hygromas", "s e extra"),
        ("{side} subdural hygroma", "s e extra"),
        ("bilateral subdural fluid collections isodense to CSF, consistent with hygromas", "s e extra"),
        ("{side} subdural effusion without hemorrhagic component", "s e extra"),
        ("extra-axial fluid collection following CSF density over the {side} {convexity}", "s e extra"),
    ),
    "vascular": (
        ("arteriovenous malformation in the {side} {lobe} lobe", "s e parenchyma"),
        ("developmental venous anomaly in the {side} {deep}", "s"),
        ("{side} transverse sinus thrombosis", "e"),
        ("narrowing of the {side} middle cerebral artery consistent with vasospasm", ""),
    ),
    "atrophy": (
        ("{degree} sulcal prominence in both {lobe} lobes", "atrophy"),
        ("{degree} generalized cerebral atrophy", "atrophy"),
        ("{degree} volume loss out of proportion to age", "atrophy"),
        ("{degree} cerebellar atrophy", "atrophy posterior"),
    ),
    "white_matter": (
        ("{degree} chronic small vessel ischemic disease", "infarct"),
        ("confluent periventricular white matter hypodensities", "infarct"),
    ),
    "abscess": (
        ("{side} {lobe} abscess with surrounding edema", "s e mass parenchyma"),
        ("{acuity} cerebritis in the {side} {lobe} lobe", "e parenchyma"),
    ),
    "edema": (
        ("diffuse cerebral edema", "e"),
        ("{side} {lobe} vasogenic edema without an underlying lesion identified", "e parenchyma"),
    ),
}
# Extracranial bleeds of the head: negative (guideline), yet they share "hematoma", "blood" and sizes.
EXTRACRANIAL_HEAD: tuple[Finding, ...] = (
    ("{side} scalp hematoma without underlying fracture", "s scalp"),
    ("subgaleal hematoma over the {side} {lobe} region", "s scalp"),
    ("{side} periorbital soft tissue hematoma", "s orbit"),
    ("retrobulbar hematoma in the {side} orbit", "s orbit"),
    ("blood in the {side} {sinus} related to facial fractures", "sinus"),
    ("{side} frontal scalp contusion with laceration", "s scalp"),
    ("cephalohematoma over the {side} parietal bone", "s scalp"),
)
# Negatives mirror the bleed phrases (same descriptors and locations) in negated and historical frames.
NEGATION_FRAMES = (
    "No {np}.",
    "No evidence of {np}.",
    "Negative for {np}.",
    "{Np} is not seen.",
    "There is no {np}.",
)
HISTORY_FRAMES = (
    "Known history of {np}, treated years ago; no new abnormality is seen.",
    "Resolution of the previously seen {np}.",
    "The prior {np} has resolved, with mild residual encephalomalacia.",
    "Status post burr hole evacuation of {np}; no recurrent collection.",
)
# Sentences for negatives with bleed words but no bleed on this exam.
NEGATED_BLEEDS = (
    "No intracranial hemorrhage.",
    "No SDH/EDH/SAH.",
    "Negative for SAH, SDH, EDH, IPH or IVH.",
    "No evidence of ICH, SDH or EDH.",
    "No acute hemorrhage, mass or territorial infarct.",
    "No acute intracranial bleed.",
    "Without evidence of intracranial hemorrhage.",
    "No intracranial blood products.",
    "There is no subarachnoid or intraventricular blood.",
    "No hyperdense extra-axial collection.",
    "Hemorrhage: none.",
    "No intracranial haemorrhage is seen.",
    "No bleeding identified.",
    "No definite hemorrhage.",
    "No acute ICH (intracranial hemorrhage).",
    "No subdural or epidural hematoma.",
    "No hemorrhagic transformation.",
    "no sah, sdh or ivh.",
    "Intracranial hemorrhage is not seen.",
)
HISTORY_BLEEDS = (
    "Remote history of subarachnoid hemorrhage from an aneurysm coiled in the past; no new bleed.",
    "Prior {side} subdural hematoma, evacuated several years ago, has completely resolved.",
    "Encephalomalacia at the site of the prior {side} {deep} hemorrhage, without acute blood.",
    "Status post evacuation of a subdural hematoma; the collection has resolved.",
    "History of ICH in the {side} {deep} years ago; now only gliosis remains.",
    "Previously seen SAH has resolved.",
    "Hemosiderin staining from remote hemorrhage in the {side} {lobe} lobe, no acute bleed.",
    "Known old epidural hematoma treated surgically long ago; postoperative changes only.",
    "Resolution of the previously described {side} subdural hematoma.",
)
HYPOTHETICAL_BLEEDS = (
    "If clinical concern for subarachnoid hemorrhage persists, lumbar puncture could be considered.",
    "MRI could be obtained to exclude small hemorrhage if symptoms persist.",
    "Follow-up CT to evaluate for delayed hemorrhage on anticoagulation could be considered.",
    "Evaluation for hemorrhage is limited by motion, no obvious bleed.",
    "Rule out hemorrhage: none seen.",
)
FAMILY_HISTORY = (
    "Family history of intracranial aneurysm; no aneurysm identified on this exam.",
    "Screening study for family history of brain bleed: no intracranial abnormality.",
    "Sister with subarachnoid hemorrhage; the intracranial arteries are normal.",
)
