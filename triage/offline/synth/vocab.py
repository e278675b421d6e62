"""Shared phrase banks for the synthetic corpus (see corpus.py): names, slot values and the sentences
that both classes use at the same rates. Plain data, no randomness. Label-bearing phrases live in
``findings.py`` (head) and ``body.py`` (non-head regions).

Placeholders are filled lazily per report by ``corpus._Slots``: {side} {Side} {lobe} {deep} {convexity}
{cistern} {horn} {territory} {degree} {size} {mm} {shift} {dir} {sinus} {bone} {doctor} {time} {date} {when}
{vessel} {level} {organ} {loc} (a head location of any kind).
"""

from __future__ import annotations

_MALE_NAMES_TEXT = (
    "James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew "
    "Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward "
    "Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel "
    "Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas "
    "Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin "
    "Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan "
    "Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Wei Hiroshi Ahmed Pierre "
    "Mateo Ravi Kwame Lars Dmitri Tomasz"
)
_FEMALE_NAMES_TEXT = (
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret "
    "Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon "
    "Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine "
    "Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia "
    "Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha "
    "Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise "
    "Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla "
    "Alexis Lori Priya Fatima Olga Ingrid Aiko"
)
MALE_NAMES = tuple(_MALE_NAMES_TEXT.split())
FEMALE_NAMES = tuple(_FEMALE_NAMES_TEXT.split())
FIRST_NAMES = MALE_NAMES + FEMALE_NAMES

_LAST_NAMES_TEXT = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
    "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
    "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker "
    "Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper "
    "Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
    "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross "
    "Foster Jimenez "
    "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez "
    "Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole "
    "Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens "
    "Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker "
    "Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz "
    "Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice "
    "Schmidt Garza Daniels O'Brien McAllister Nakamura Kowalski Schneider Dubois Rossi Okafor Haddad "
    "Lindqvist Van-Dyke"
)
LAST_NAMES = tuple(_LAST_NAMES_TEXT.split())

LOBES = (
    "frontal",
    "parietal",
    "temporal",
    "occipital",
    "frontoparietal",
    "temporoparietal",
    "parieto-occipital",
)
DEEP = (
    "basal ganglia",
    "thalamus",
    "putamen",
    "external capsule",
    "caudate head",
    "pons",
    "cerebellar hemisphere",
    "corona radiata",
    "internal capsule",
)
CONVEXITY = (
    "convexity",
    "frontal convexity",
    "frontoparietal convexity",
    "parietal convexity",
    "hemispheric convexity",
    "tentorium",
    "falx",
    "middle cranial fossa",
)
CISTERNS = (
    "basal cisterns",
    "suprasellar cistern",
    "sylvian fissure",
    "interpeduncular cistern",
    "perimesencephalic cisterns",
    "high convexity sulci",
    "frontal sulci",
    "ambient cistern",
    "quadrigeminal plate cistern",
)
HORNS = ("occipital horns", "temporal horn", "third ventricle", "fourth ventricle", "lateral ventricles")
TERRITORIES = ("MCA", "middle cerebral artery", "PCA", "ACA", "posterior cerebral artery", "watershed")
DEGREES = ("mild", "moderate", "marked", "significant", "minimal", "severe", "slight", "large", "small")
WHENS = ("on the prior study", "compared to the prior exam", "since the prior CT", "from the previous study")
SINUSES = ("maxillary sinus", "sphenoid sinus", "frontal sinus", "ethmoid air cells", "mastoid air cells")
BONES = ("parietal bone", "occipital bone", "temporal bone", "frontal bone", "calvarium", "skull base")
VESSELS = (
    "anterior communicating artery",
    "posterior communicating artery",
    "middle cerebral artery bifurcation",
    "basilar tip",
    "ophthalmic segment of the internal carotid artery",
)
ACUITIES = ("acute", "subacute", "chronic", "new", "stable", "evolving", "unchanged", "recent", "early")

# ---- attributes every report may carry, whatever its label ---------------------------------------------
# Size clauses follow a noun phrase ("... subdural hematoma{clause}"): a size appears in both classes alike.
SIZE_CLAUSES = (
    " measuring {size}",
    " measuring up to {size}",
    " ({size})",
    ", {size} in greatest dimension",
    " measuring {mm} mm in thickness",
    " of approximately {size}",
    ", about {size},",
)
# Mass effect clauses follow a finding; the same ones go with bleeds, tumors, infarcts, abscesses.
EFFECT_CLAUSES = (
    " with {degree} mass effect",
    " with effacement of the adjacent sulci",
    " with {shift} mm of {dir} midline shift",
    " causing subfalcine herniation",
    " with associated vasogenic edema and mass effect",
    " with effacement of the {side} lateral ventricle",
    " and early uncal herniation",
    " with compression of the {side} lateral ventricle and {shift} mm of midline shift",
)
EFFECT_SENTENCES = (
    "Partial effacement of the {cistern}.",
    "The {cistern} is effaced.",
    "There is {shift} mm of {dir} midline shift.",
    "Subfalcine herniation is present.",
    "Effacement of the {side} lateral ventricle and regional sulci.",
    "Midline shift measures {shift} mm.",
    "There is associated mass effect with partial effacement of the basal cisterns.",
    "Mild {dir} shift of midline structures.",
    "Early transtentorial herniation cannot be excluded.",
)
DIRECTIONS = ("leftward", "rightward", "to the left", "to the right")
# Hedges wrap a noun phrase: "possible {np}". Positives: hedged bleed (label 1, triage policy); negatives:
# hedged tumor/infarct/fracture. The hedge words therefore say nothing about the class.
HEDGES = (
    "possible {np}",
    "cannot exclude {np}",
    "findings concerning for {np}",
    "suspicious for {np}",
    "questionable {np}",
    "likely {np}",
    "findings may represent {np}",
    "probable {np}",
    "suggestion of {np}",
    "equivocal {np}",
)
COMPARISON_LINES = (
    "CT head from {date}.",
    "None.",
    "None available.",
    "Prior head CT dated {date}.",
    "MRI brain {date}.",
    "Outside CT from {date}, images reviewed.",
    "No prior imaging for comparison.",
    "Multiple prior studies, most recent {date}.",
)
# Comparison sentences for any finding (bleed or not): "{np}" is the main finding.
FOLLOWUP_FRAMES = (
    "Interval decrease in size of the {np}.",
    "Slight interval increase in the {np} {when}.",
    "The {np} is not significantly changed {when}.",
    "Redemonstration of the {np}.",
    "The {np} is again seen.",
    "New {np} {when}.",
    "Evolving {np}.",
    "Additional {np} is noted.",
)
RESOLVED_SENTENCES = (
    "Previously noted fluid in the {sinus} has resolved.",
    "Scalp swelling seen {when} has resolved.",
    "Small focus of pneumocephalus {when} has resolved.",
    "Previously seen edema has largely resolved.",
    "Mucosal thickening in the {sinus} has resolved.",
    "Near-complete resolution of the {sinus} opacification.",
    "Resolution of the previously seen scalp swelling.",
)
CALLS = (
    "Findings discussed with Dr. {doctor} at {time} on {date}.",
    "Critical result communicated to Dr. {doctor} by telephone at {time}.",
    "These findings were called to Dr. {doctor} in the emergency department at {time}.",
    "Results discussed with the ordering provider, Dr. {doctor}, at {time}.",
    "Critical finding conveyed to Dr. {doctor} on {date} at {time}, read back confirmed.",
    "Discussed with the ED physician, Dr. {doctor}, at {time}.",
    "Called to the emergency department at {time}.",
    "Findings were relayed to the neurosurgery team at {time}.",
    "The referring clinician was notified at {time} on {date}.",
)
RECOMMENDATIONS = (
    "Recommend follow-up imaging as clinically indicated.",
    "Consider MRI for further characterization.",
    "Neurosurgical consultation is recommended.",
    "Clinical correlation recommended.",
    "If symptoms persist, delayed imaging or lumbar puncture could be considered per clinical concern.",
    "Short interval follow-up CT is suggested.",
    "Recommend CT angiography if clinically warranted.",
    "Follow-up MRI with and without contrast could be considered.",
    "Correlation with prior studies, including outside imaging, is suggested.",
)
TECHNIQUES = (
    "Axial CT images of the head were obtained without intravenous contrast.",
    "Noncontrast CT of the head with sagittal and coronal reformations.",
    "Helical CT of the brain without contrast. Dose reduction techniques were used.",
    "Contiguous axial images from the skull base to the vertex without contrast.",
    "MRI of the brain with and without gadolinium, standard sequences.",
    "CT angiography of the head and neck with multiplanar and 3D reconstructions.",
)
HEAD_EXAMS = (
    "CT HEAD WITHOUT CONTRAST",
    "CT BRAIN WO CONTRAST",
    "CT HEAD/BRAIN NONCON",
    "MRI BRAIN WITH AND WITHOUT CONTRAST",
    "CTA HEAD AND NECK",
    "CT HEAD AND CERVICAL SPINE WITHOUT CONTRAST",
    "Skull series, three views",
    "CT maxillofacial and head",
)
# Indications, shared: "rule out bleed" is asked about reports of both classes.
INDICATIONS = (
    "fall, rule out bleed",
    "headache",
    "altered mental status",
    "trauma, evaluate for hemorrhage",
    "syncope",
    "r/o ICH",
    "dizziness and nausea",
    "new left sided weakness",
    "seizure",
    "confusion, on anticoagulation",
    "motor vehicle collision",
    "assess for intracranial hemorrhage",
    "worst headache of life",
    "follow-up of known finding",
    "known malignancy, staging",
    "head injury, evaluate for bleed",
    "aphasia, code stroke",
    "visual changes",
    "fever and neck stiffness",
    "preoperative planning",
    "hypertension, sudden headache",
    "abnormal gait",
    "headache that persists despite treatment",
    "facial trauma, no obvious deformity",
    "treated lymphoma, restaging",
    "sister with brain aneurysm, screening",
)
HISTORIES = (
    "hypertension and diabetes",
    "atrial fibrillation on apixaban",
    "prior stroke",
    "breast cancer",
    "lung cancer",
    "dementia",
    "alcohol use",
    "no significant past history",
    "coronary artery disease",
    "chronic kidney disease",
    "seizure disorder",
    "remote craniotomy years ago",
    "migraine",
    "prior aneurysm coiling",
    "ventriculoperitoneal shunt",
)
# Normal head sentences with the finding families they would contradict (see corpus._normal_sentences).
NORMAL_HEAD: tuple[tuple[str, str], ...] = (
    ("The ventricles and sulci are normal in size and configuration.", "ventricle atrophy"),
    ("Gray-white matter differentiation is preserved.", "infarct"),
    ("No midline shift.", "effect"),
    ("No mass effect or midline shift.", "effect mass"),
    ("The basal cisterns are patent.", "cistern effect"),
    ("No extra-axial fluid collection.", "extra"),
    ("The calvarium is intact.", "bone"),
    ("No acute fracture.", "bone"),
    ("The visualized paranasal sinuses and mastoid air cells are clear.", "sinus"),
    ("The orbits are unremarkable.", "orbit"),
    ("No hydrocephalus.", "ventricle"),
    ("The posterior fossa is unremarkable.", "posterior"),
    ("Brain parenchyma is otherwise normal in attenuation.", ""),
    ("No evidence of acute territorial infarct.", "infarct"),
    ("Soft tissues of the scalp are unremarkable.", "scalp"),
    ("No definite abnormal enhancement.", "mass"),
    ("The craniocervical junction is normal.", ""),
    ("The sella is not enlarged.", "mass"),
    ("Vascular calcifications in the carotid siphons.", ""),
    ("Ventricular size is within normal limits.", "ventricle"),
    ("No focal parenchymal abnormality otherwise.", ""),
    ("The sutures are patent and normally spaced.", "bone"),
    ("No abnormal density in the {cistern}.", "cistern"),
    ("No fluid layering in the {horn}.", "ventricle"),
    ("The CSF spaces are normal for age.", "ventricle atrophy extra"),
    ("No abnormality elsewhere.", ""),
    ("Evaluation is limited by motion artifact.", ""),
    ("No hyperdense vessel sign.", "infarct"),
    ("No extra-axial fluid along the {side} {convexity}.", "extra"),
    ("The {side} hemisphere is otherwise normal.", "effect"),
    ("No associated fracture.", "bone"),
    ("No additional abnormality.", ""),
    ("No traumatic injury of the calvarium.", "bone"),
    ("The {cistern} is clear.", "cistern"),
    ("A trace amount of fluid is also present in the {side} mastoid air cells.", ""),
    ("Both cerebral hemispheres and lobes are symmetric.", "effect"),
)
# Non-ICH findings that any report may carry besides its main finding (both classes, same rate).
INCIDENTAL: tuple[str, ...] = (
    "Chronic small vessel ischemic changes in the periventricular white matter.",
    "Old lacunar infarct in the {side} {deep}.",
    "Subacute lacunar infarct in the {side} {deep}.",
    "Mild diffuse volume loss.",
    "Mild sulcal prominence for age.",
    "Small calcified nodule in the {side} {lobe} lobe, likely a granuloma.",
    "Hyperdense calcified focus in the {side} {deep}, physiologic.",
    "Mucosal thickening in the {sinus}.",
    "Partial opacification of the {side} mastoid air cells.",
    "Embolization coils at the {vessel}, with streak artifact.",
    "Old {side} {territory} territory infarct with encephalomalacia.",
    "Physiologic calcification of the pineal gland and choroid plexus.",
    "Postsurgical changes of a {side} frontal craniotomy.",
    "Atherosclerotic calcification of the intracranial vessels.",
    "Age-related atrophy, stable {when}.",
    "Cavum septum pellucidum, a normal variant.",
    "Periventricular white matter hypodensities, likely chronic microvascular disease.",
    "Ventricular shunt catheter in stable position.",
    "Old healed {side} orbital floor fracture.",
)
INCIDENTAL_SIZED: tuple[str, ...] = (
    "Mucous retention cyst in the {side} {sinus} measuring {size}.",
    "Incidental arachnoid cyst in the {side} middle cranial fossa, {size}.",
    "Small pineal cyst measuring {mm} mm.",
    "Calcified {side} frontal meningioma measuring {size}, unchanged.",
    "The {side} {bone} measures {mm} mm in thickness, within normal limits.",
    "Dense calcification in the {side} {deep} measuring {mm} mm, likely physiologic.",
    "Hyperostosis frontalis interna, up to {mm} mm.",
    "Scalp lipoma over the {side} parietal region, {size}.",
    "Lacunar infarct in the {side} {deep}, {mm} mm, old.",
    "Developmental venous anomaly in the {side} {lobe} lobe, {size}.",
)
ABBREVIATIONS = (
    ("subarachnoid hemorrhage", "SAH"),
    ("subdural hematoma", "SDH"),
    ("intraparenchymal hemorrhage", "IPH"),
    ("intraventricular hemorrhage", "IVH"),
    ("epidural hematoma", "EDH"),
    ("intracranial hemorrhage", "ICH"),
    ("midline shift", "MLS"),
    ("middle cerebral artery", "MCA"),
)
MISSPELLINGS = (
    ("hemorrhage", "hemorrage"),
    ("hemorrhage", "hemmorhage"),
    ("hemorrhage", "hemorhage"),
    ("hematoma", "hemotoma"),
    ("subdural", "subdrual"),
    ("subarachnoid", "subarachoid"),
    ("acute", "accute"),
    ("evidence", "evidnce"),
    ("intracranial", "intracrainal"),
    ("infarct", "infact"),
    ("ventricle", "ventricel"),
)

# ---- note-style documents (clinic, ED, discharge summary): the imaging result comes late -----------------
CHIEF_COMPLAINTS = (
    "Headache for two days.",
    "Fall at home.",
    "Confusion.",
    "Weakness of the arm.",
    "Dizziness.",
    "Seizure.",
    "Found down.",
    "Blurred vision.",
    "Neck pain after a collision.",
    "Nausea and vomiting.",
)
# History items, many negated: long HX sections push the imaging result past the first 50 tokens.
HX_ITEMS = (
    "no fever",
    "no neck stiffness",
    "denies chest pain",
    "no prior episodes",
    "no visual disturbance",
    "not on anticoagulants",
    "takes aspirin daily",
    "no recent travel",
    "no tobacco use",
    "drinks alcohol socially",
    "no focal numbness",
    "no slurred speech",
    "mild nausea",
    "one episode of emesis",
    "no loss of consciousness reported",
    "brief loss of consciousness",
    "history of hypertension",
    "type 2 diabetes",
    "no recent illness",
    "no family history of stroke",
    "lives alone",
    "independent at baseline",
    "no urinary symptoms",
    "appetite normal",
    "pain rated six of ten",
    "no photophobia",
    "symptoms began this morning",
    "no weight loss",
)
EXAM_ITEMS = (
    "Afebrile, blood pressure 168/94, heart rate 88.",
    "Alert and oriented times three.",
    "Pupils equal and reactive, extraocular movements intact.",
    "Mild pronator drift on the {side}.",
    "GCS 14.",
    "Cranial nerves intact, strength 5/5 throughout.",
    "Small abrasion over the {side} forehead.",
    "Neck supple, lungs clear, heart regular.",
    "Gait not tested.",
    "No obvious facial injury.",
)
PLAN_ITEMS = (
    "Admitted for observation and neuro checks.",
    "Blood pressure controlled with labetalol.",
    "Neurology was consulted.",
    "Neurosurgery was consulted and recommended repeat imaging.",
    "Anticoagulation was held.",
    "Discharged home with follow-up in clinic.",
    "Transferred to the stroke unit.",
    "Seen by physical therapy.",
    "Repeat CT in six hours was ordered.",
    "Seizure prophylaxis was started.",
    "Pain controlled with acetaminophen.",
)
# How the imaging result is introduced inside a note ("{result}" is the main finding, lower-case start).
NOTE_RESULT_FRAMES = (
    "Head CT later showed {result}",
    "CT of the head demonstrated {result}",
    "Imaging: noncontrast CT revealed {result}",
    "MRI of the brain was obtained and showed {result}",
    "The CT scan read as {result}",
    "Radiology reported {result}",
    "Repeat head CT the next morning showed {result}",
)
