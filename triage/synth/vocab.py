"""Phrase banks for the synthetic head-CT corpus (see corpus.py). Plain data: no randomness here.

Placeholders filled by the generator: {side} left/right, {Side}, {lobe}, {mm}, {cm}, {cm2}, {shift}, {degree},
{convexity}, {cistern}, {horn}, {territory}, {deep}, {when}.
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
    "caudate",
    "pons",
    "cerebellar hemisphere",
)
CONVEXITY = (
    "convexity",
    "frontal convexity",
    "frontoparietal convexity",
    "parietal convexity",
    "hemispheric convexity",
)
CISTERNS = (
    "basal cisterns",
    "suprasellar cistern",
    "sylvian fissure",
    "interpeduncular cistern",
    "perimesencephalic cisterns",
    "high convexity sulci",
    "frontal sulci",
    "parietal sulci",
    "ambient cistern",
)
HORNS = ("occipital horns", "occipital horn", "third ventricle", "fourth ventricle", "lateral ventricles")
TERRITORIES = ("MCA", "middle cerebral artery", "PCA", "ACA", "posterior cerebral artery", "MCA territory")
DEGREES = ("mild", "moderate", "marked", "significant", "minimal", "severe", "slight")
WHENS = ("on the prior study", "compared to the prior exam", "since the prior CT", "from the previous study")

# ---- positives: (subtype, phrase) for the FINDINGS and for the IMPRESSION ------------------------------
POSITIVE_FINDINGS: dict[str, tuple[str, ...]] = {
    "epidural": (
        "There is a biconvex hyperdense extra-axial collection overlying the {side} {lobe} lobe "
        "measuring up to {mm} "
        "mm in thickness, consistent with an epidural hematoma.",
        "Lentiform extra-axial hemorrhage along the {side} {lobe} convexity with an overlying nondisplaced "
        "fracture of the {side} {lobe} bone.",
        "A {side} {lobe} epidural hematoma measures {mm} mm in maximal thickness and does not cross sutures.",
    ),
    "subdural_acute": (
        "There is a crescentic hyperdense extra-axial collection along the {side} {convexity} "
        "measuring up to "
        "{mm} mm in thickness, compatible with acute subdural hematoma.",
        "Acute subdural hemorrhage layers along the {side} tentorium and falx, measuring {mm} mm.",
        "Hyperdense subdural blood is present along the {side} {convexity}, maximal thickness {mm} mm.",
    ),
    "subdural_subacute": (
        "There is an isodense to mildly hyperdense subdural collection along the {side} {convexity} "
        "measuring "
        "{mm} mm, consistent with a subacute subdural hematoma.",
        "Mixed density {side} subdural collection measuring {mm} mm, in keeping with subacute blood "
        "products.",
    ),
    "subdural_chronic": (
        "There is a hypodense crescentic subdural collection along the {side} {convexity} measuring {mm} mm, "
        "compatible with chronic subdural hematoma.",
        "Bilateral hypodense subdural collections, {side} greater than contralateral, measuring up "
        "to {mm} mm, "
        "with a small hyperdense component suggesting acute on chronic hemorrhage.",
        "Chronic {side} subdural hematoma with internal septations, measuring {mm} mm.",
    ),
    "subarachnoid": (
        "There is hyperdense subarachnoid blood within the {side} {cistern}.",
        "Subarachnoid hemorrhage is present in the {cistern} and along the {side} sylvian fissure.",
        "Small amount of hyperdense material in the {side} {cistern} consistent with subarachnoid "
        "hemorrhage.",
        "Diffuse subarachnoid hemorrhage in the {cistern} with extension into the sylvian fissures "
        "bilaterally.",
    ),
    "intraparenchymal": (
        "There is a {cm} x {cm2} cm hyperdense intraparenchymal hematoma in the {side} {deep} with "
        "surrounding "
        "vasogenic edema.",
        "Acute intraparenchymal hemorrhage centered in the {side} {lobe} lobe measuring {cm} x {cm2} cm.",
        "Hyperdense focus in the {side} {deep} measuring {cm} cm consistent with acute parenchymal "
        "hemorrhage.",
    ),
    "intraventricular": (
        "Hyperdense blood layers dependently within the {horn}, consistent with intraventricular hemorrhage.",
        "Intraventricular hemorrhage is present within the {horn} with a blood-fluid level.",
        "There is intraventricular extension of blood into the {horn}.",
    ),
    "contusion": (
        "Hyperdense foci within the {side} {lobe} lobe with surrounding edema, consistent with hemorrhagic "
        "contusions.",
        "Bifrontal and {side} temporal hemorrhagic contusions with coup-contrecoup pattern.",
        "Multiple small hemorrhagic contusions in the {side} {lobe} lobe, the largest measuring {cm} cm.",
    ),
    "transformation": (
        "Known {side} {territory} infarct now demonstrates hyperdense hemorrhage within the "
        "infarcted tissue, "
        "consistent with hemorrhagic transformation.",
        "There is petechial and confluent hemorrhage within the evolving {side} {territory} "
        "territory infarct.",
        "Hemorrhagic conversion of the {side} {lobe} infarct with a {cm} cm parenchymal hematoma.",
    ),
}

POSITIVE_IMPRESSION: dict[str, tuple[str, ...]] = {
    "epidural": (
        "Acute {side} {lobe} epidural hematoma measuring {mm} mm.",
        "{Side} {lobe} EDH with underlying skull fracture.",
        "Epidural hematoma along the {side} {lobe} convexity.",
        "Acute extra-axial hemorrhage, likely epidural, overlying the {side} {lobe} lobe.",
    ),
    "subdural_acute": (
        "Acute {side} subdural hematoma measuring {mm} mm.",
        "Acute {side} convexity SDH, {mm} mm in thickness.",
        "Acute subdural hemorrhage along the {side} {convexity} and tentorium.",
        "New {side} acute subdural hematoma.",
        "Small acute subdural hematoma along the falx.",
    ),
    "subdural_subacute": (
        "Subacute {side} subdural hematoma measuring {mm} mm.",
        "{Side} subacute SDH, mixed density.",
        "Evolving {side} subdural hematoma, now subacute in appearance.",
    ),
    "subdural_chronic": (
        "Chronic {side} subdural hematoma measuring {mm} mm.",
        "Acute on chronic {side} subdural hematoma.",
        "Bilateral chronic subdural hematomas, {side} larger than the other.",
        "{Side} chronic SDH, slightly increased {when}.",
    ),
    "subarachnoid": (
        "Acute subarachnoid hemorrhage in the {cistern}.",
        "Small volume {side} convexity SAH.",
        "Diffuse subarachnoid hemorrhage, pattern concerning for aneurysmal rupture; CTA recommended.",
        "Traumatic subarachnoid hemorrhage in the {side} {cistern}.",
        "Trace subarachnoid blood in the {side} sylvian fissure.",
    ),
    "intraparenchymal": (
        "Acute {side} {deep} intraparenchymal hemorrhage measuring {cm} cm, likely hypertensive.",
        "{Side} {lobe} lobar hemorrhage, {cm} x {cm2} cm, with surrounding edema.",
        "Acute IPH in the {side} {deep}.",
        "Intracerebral hemorrhage centered in the {side} {deep} measuring {cm} cm.",
        "Acute {side} {lobe} parenchymal hematoma.",
    ),
    "intraventricular": (
        "Intraventricular hemorrhage layering in the {horn}.",
        "IVH within the {horn} without hydrocephalus.",
        "Intraventricular blood with early hydrocephalus.",
    ),
    "contusion": (
        "Hemorrhagic contusions of the {side} {lobe} lobe.",
        "Bifrontal hemorrhagic contusions.",
        "{Side} temporal lobe hemorrhagic contusion measuring {cm} cm.",
        "Multifocal hemorrhagic contusions consistent with traumatic brain injury.",
    ),
    "transformation": (
        "Hemorrhagic transformation of the {side} {territory} infarct.",
        "Interval hemorrhagic conversion of the known {side} {lobe} infarct.",
        "Evolving {side} {territory} infarct with new parenchymal hemorrhage (hemorrhagic transformation).",
    ),
}

# Extra positives that add a second subtype (trauma and extension patterns).
SECONDARY_POSITIVE = (
    "Associated intraventricular extension into the {horn}.",
    "Additional small subarachnoid hemorrhage in the {side} {cistern}.",
    "Thin {side} tentorial subdural hemorrhage.",
    "Small associated {side} {lobe} hemorrhagic contusion.",
)

MASS_EFFECT = (
    "{Degree} mass effect with {shift} mm of rightward midline shift.",
    "{Degree} mass effect with {shift} mm of leftward midline shift.",
    "Effacement of the {side} lateral ventricle without midline shift.",
    "{Degree} local mass effect with sulcal effacement.",
    "Midline shift of {shift} mm.",
    "{Degree} mass effect and early subfalcine herniation.",
    "Effacement of the basal cisterns concerning for uncal herniation.",
    "No significant mass effect or midline shift.",
    "No midline shift.",
)

CRITICAL_CALL = (
    "Findings discussed with Dr. {doctor} at {time} on {date}.",
    "Critical result communicated to Dr. {doctor} by telephone at {time}.",
    "These findings were called to {first} {last} in the emergency department at {time} on {date}.",
    "Results discussed with the ordering provider, Dr. {doctor}, at {time}.",
    "Critical finding conveyed to Dr. {doctor} on {date} at {time}, read back confirmed.",
)

# Hedged positives: genuinely harder (uncertain wording, still labeled positive by the study's truth).
HEDGED_POSITIVE_IMPRESSION = (
    "Probable small {side} subdural hematoma; MRI could be obtained for confirmation.",
    "Findings suspicious for trace subarachnoid hemorrhage in the {side} {cistern}.",
    "Subtle hyperdensity in the {side} {lobe} sulci likely represents a small amount of subarachnoid blood.",
    "Small focus of hyperdensity in the {side} {deep}, favored to represent a tiny hemorrhage.",
    "Thin {side} extra-axial collection, likely a small subdural hematoma.",
)

# Positives stated as follow-up of a known bleed (still present → positive).
FOLLOWUP_POSITIVE_IMPRESSION = (
    "Decreased size of the known {side} subdural hematoma, now {mm} mm.",
    "Stable {side} {deep} intraparenchymal hemorrhage with evolving edema.",
    "Redistribution of subarachnoid blood, decreased {when}.",
    "Slight interval increase in the {side} subdural collection, now {mm} mm.",
    "Evolving {side} {lobe} hemorrhagic contusion, unchanged in size.",
)
FOLLOWUP_SUBTYPES = ("subdural_acute", "intraparenchymal", "subarachnoid", "subdural_acute", "contusion")

# Statements any report may add to its impression (both classes): keep the task from being a keyword lookup.
INCIDENTAL_IMPRESSION = (
    "Chronic small vessel ischemic disease.",
    "Mild generalized parenchymal volume loss.",
    "Paranasal sinus mucosal thickening.",
    "No acute calvarial fracture.",
    "Remote lacunar infarct in the {side} {deep}.",
    "Atherosclerotic calcification of the intracranial arteries.",
    "Partial opacification of the {side} mastoid air cells.",
    "Stable ventricular size.",
    "Periventricular white matter hypoattenuation, likely chronic microangiopathy.",
    "Postoperative changes of the {side} orbit.",
    "Motion artifact limits evaluation.",
)
RECOMMENDATION_POSITIVE = (
    "Neurosurgical consultation recommended.",
    "Recommend short interval follow-up noncontrast CT to assess stability.",
    "CTA of the head is recommended to evaluate for an underlying vascular lesion.",
    "Follow-up CT in 6 hours recommended.",
    "Consider MRI to evaluate for underlying mass.",
)
RECOMMENDATION_NEGATIVE = (
    "MRI could be considered if symptoms persist.",
    "Clinical correlation recommended.",
    "Follow-up as clinically indicated.",
    "Consider MRI for further evaluation if there is concern for acute infarct.",
    "Recommend follow-up CT if clinically warranted.",
)
# Negated statements that also appear in positive reports (about other compartments).
NEGATED_IN_POSITIVE = (
    "No intraventricular extension.",
    "No hydrocephalus.",
    "No additional intracranial hemorrhage.",
    "No evidence of herniation.",
    "No underlying calvarial fracture.",
    "No acute infarct.",
)
# Wording that is genuinely ambiguous: used for some positives AND some hedged negatives, so text alone cannot
# always tell them apart (the irreducible error that keeps the synthetic task from being trivial).
AMBIGUOUS_IMPRESSION = (
    "Possible tiny {side} subdural hematoma versus dural thickening; MRI may help clarify.",
    "Subtle hyperdensity in the {side} {cistern}, which may represent a small amount of subarachnoid "
    "hemorrhage or artifact.",
    "Indeterminate hyperdense focus in the {side} {deep}, hemorrhage versus calcification.",
    "Questionable trace blood layering in the {horn}; recommend follow-up CT.",
    "Equivocal thin extra-axial density along the {side} {convexity}, small subdural hematoma not excluded.",
)

# ---- negatives -----------------------------------------------------------------------------------------
NORMAL_FINDINGS = (
    "The ventricles and sulci are normal in size and configuration for age.",
    "The ventricles are normal in size.",
    "Gray-white matter differentiation is preserved.",
    "The gray-white differentiation is maintained.",
    "There is no mass, mass effect or midline shift.",
    "No extra-axial fluid collection.",
    "The basal cisterns are patent.",
    "The posterior fossa structures are unremarkable.",
    "The calvarium is intact.",
    "No acute fracture is identified.",
    "The visualized paranasal sinuses and mastoid air cells are clear.",
    "The orbits are unremarkable.",
    "Mild mucosal thickening in the {side} maxillary sinus.",
    "Vascular calcifications of the cavernous carotid arteries.",
    "There is no hydrocephalus.",
    "The brainstem and cerebellum are normal.",
    "Soft tissues of the scalp are unremarkable.",
)

NORMAL_IMPRESSION = (
    "No acute intracranial abnormality.",
    "Normal noncontrast CT of the head.",
    "Unremarkable noncontrast head CT.",
    "No acute intracranial process.",
    "Negative head CT.",
    "No acute findings.",
    "Normal study.",
    "No CT evidence of acute intracranial pathology.",
)

NEGATED_IMPRESSION = (
    "No acute intracranial hemorrhage.",
    "No acute intracranial hemorrhage, mass effect or midline shift.",
    "No evidence of intracranial hemorrhage.",
    "Without evidence of acute hemorrhage or infarct.",
    "Negative for intracranial hemorrhage.",
    "There is no intracranial hemorrhage, extra-axial collection or hydrocephalus.",
    "Hemorrhage is not identified.",
    "No subdural or epidural hematoma.",
    "No SAH or SDH.",
    "No acute bleed.",
    "No evidence of acute subarachnoid, subdural or intraparenchymal hemorrhage.",
    "Intracranial hemorrhage is not seen.",
    "No intraventricular hemorrhage or hydrocephalus.",
    "No CT evidence of hemorrhage.",
    "Negative for acute hemorrhage or large territory infarct.",
    "There is no evidence of hemorrhage, mass or acute infarct.",
)

EXTRACRANIAL_FINDINGS = (
    "There is a {side} {lobe} scalp hematoma measuring {mm} mm without underlying fracture.",
    "{Side} frontal subgaleal hematoma and soft tissue swelling.",
    "Hemorrhage within the {side} maxillary sinus with a blood-fluid level.",
    "{Side} periorbital soft tissue swelling and preseptal hematoma.",
    "Nondisplaced fracture of the {side} nasal bone with overlying soft tissue hematoma.",
)
EXTRACRANIAL_IMPRESSION = (
    "{Side} {lobe} scalp hematoma. No intracranial hemorrhage.",
    "{Side} subgaleal hematoma without calvarial fracture. No acute intracranial abnormality.",
    "Blood products in the {side} maxillary sinus, suggesting facial fracture; recommend facial CT. No "
    "intracranial hemorrhage.",
    "{Side} periorbital hematoma. Intracranial structures are unremarkable.",
    "Large {side} scalp hematoma. No acute intracranial findings.",
    "Extracranial soft tissue hematoma only.",
    "Left frontal scalp contusion without intracranial injury.",
)

HISTORY_IMPRESSION = (
    "Interval resolution of the previously seen subarachnoid hemorrhage.",
    "Prior SAH, resolved. No new hemorrhage.",
    "History of {side} subdural hematoma, now resolved. Postoperative changes from {side} craniotomy.",
    "Encephalomalacia in the {side} {lobe} lobe at the site of prior hemorrhage. No acute hemorrhage.",
    "Postsurgical changes from prior evacuation of {side} SDH without recurrent collection.",
    "Complete resolution of the {side} intraparenchymal hematoma {when}.",
    "Previously noted {side} subdural collection has resolved.",
    "Chronic hemosiderin staining in the {side} {deep} from remote hemorrhage. No acute intracranial "
    "process.",
    "Stable postoperative appearance after {side} craniotomy for prior hemorrhage; no residual blood.",
)
HISTORY_CLINICAL = (
    "history of subarachnoid hemorrhage",
    "prior subdural hematoma",
    "follow-up of known hemorrhage",
    "status post craniotomy for SDH",
)

OTHER_PATHOLOGY_IMPRESSION = (
    "Acute {side} {territory} territory infarct without hemorrhagic transformation.",
    "Chronic small vessel ischemic disease. No acute intracranial abnormality.",
    "Age-related parenchymal volume loss.",
    "Generalized cerebral atrophy with ex vacuo dilatation of the ventricles.",
    "Periventricular white matter hypodensities compatible with chronic microvascular change.",
    "{Cm} cm extra-axial mass along the {side} {convexity} consistent with meningioma. No hemorrhage.",
    "{Side} {lobe} mass with vasogenic edema, concerning for neoplasm; recommend MRI with contrast.",
    "Old lacunar infarcts in the {side} {deep}.",
    "Hyperdense {side} MCA sign concerning for thrombus; no hemorrhage. Recommend CTA.",
    "Communicating hydrocephalus, increased {when}.",
    "Remote {side} {territory} infarct with encephalomalacia.",
    "Calcified {side} {lobe} lesion, likely calcified granuloma.",
    "Chronic sinusitis. No acute intracranial findings.",
    "Subacute {side} {territory} infarct. No hemorrhagic conversion.",
    "Multiple metastases are suspected; MRI recommended. No intracranial hemorrhage.",
    "Ventriculoperitoneal shunt in place with stable ventricular size.",
)

HEDGED_NEGATIVE_IMPRESSION = (
    "Questionable subtle hyperdensity in the {side} {lobe} sulci, likely volume averaging rather "
    "than hemorrhage.",
    "No definite acute intracranial hemorrhage. Cannot entirely exclude tiny subarachnoid blood; "
    "consider MRI if "
    "clinical concern persists.",
    "Hyperdensity along the tentorium is favored to represent normal dural enhancement, not hemorrhage.",
    "Focal hyperdensity in the {side} {deep} most consistent with calcification rather than hemorrhage.",
    "Streak artifact limits evaluation of the posterior fossa; no definite hemorrhage.",
    "Possible tiny {side} subdural collection versus dural thickening, not clearly hemorrhage; follow-up as "
    "clinically indicated.",
    "Apparent hyperdensity in the {side} {cistern} is likely beam hardening artifact. No convincing "
    "hemorrhage.",
    "Equivocal hyperdense focus, likely artifact; hemorrhage is considered unlikely.",
)

HISTORIES = (
    "fall",
    "headache",
    "trauma",
    "altered mental status",
    "syncope",
    "motor vehicle collision",
    "dizziness",
    "worst headache of life",
    "new onset seizure",
    "left sided weakness",
    "right sided weakness",
    "anticoagulated, fall",
    "confusion",
    "stroke symptoms",
    "head injury",
    "hypertension, headache",
    "assault, facial injury",
    "follow-up",
)
TECHNIQUES = (
    "Axial CT images of the head were obtained without intravenous contrast.",
    "Noncontrast CT of the head with sagittal and coronal reformations.",
    "Helical CT of the brain without contrast. Dose reduction techniques were used.",
    "Contiguous axial images from the skull base to the vertex without contrast.",
)
COMPARISONS = (
    "None.",
    "None available.",
    "CT head {date}.",
    "Prior CT of the head dated {date}.",
    "MRI brain {date}.",
)

# Abbreviation substitutions used as noise (full form → short form).
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

# Common real-world misspellings (correct → typo); random character edits are added on top.
MISSPELLINGS = (
    ("hemorrhage", "hemorrage"),
    ("hemorrhage", "hemmorhage"),
    ("hemorrhage", "hemorhage"),
    ("hematoma", "hemotoma"),
    ("subdural", "subdrual"),
    ("subarachnoid", "subarachoid"),
    ("intraparenchymal", "intraparenchymall"),
    ("acute", "accute"),
    ("evidence", "evidnce"),
    ("intracranial", "intracrainal"),
)
