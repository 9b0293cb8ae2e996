# Généré par circdsl depuis circulars/bonification_mouvement_rhone_2016.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Bonification au mouvement intra-départemental 2016 des personnels enseignants du '
    "premier degré du Rhône (Direction des services départementaux de l'éducation nationale du "
    'Rhône (DSDEN du Rhône)).'
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='bonification_mouvement_rhone_2016',
    title=(
        'Bonification au mouvement intra-départemental 2016 des personnels enseignants du premier '
        'degré du Rhône'
    ),
    authority=(
        "Direction des services départementaux de l'éducation nationale du Rhône (DSDEN du Rhône)"
    ),
    reference='2015-2016 n°49',
    issued=datetime.date(2015, 12, 7),
    school_year='2016-2017',
    dispositif='Bonification au mouvement',
    source='sources/001_cc7aae5ac81a0895.txt',
    file='circulars/bonification_mouvement_rhone_2016.circ',
)
FACT_LABELS: dict[str, str] = {
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'demande.documents_médicaux_joints': (
        "Des documents d'ordre médical sont joints à ce qui est adressé aux services "
        'administratifs (hors service médical)'
    ),
    'bonification.titre': 'Titre de la bonification demandée',
    'bonification.personne_concernée': 'Personne dont la situation fonde la demande',
    'bonification.nature_situation': 'Nature de la situation particulière invoquée',
    'agent.participation_mouvement': (
        "L'agent participe au mouvement intra-départemental 2016 (sollicite une mutation)"
    ),
    'boe.catégorie': (
        "Catégorie de bénéficiaire de l'obligation d'emploi invoquée pour la personne concernée"
    ),
    'boe.taux_incapacité_permanente': (
        "Taux d'incapacité permanente consécutive à l'accident du travail ou à la maladie "
        'professionnelle'
    ),
    'boe.titulaire_rente': (
        "Titulaire d'une rente attribuée au titre du régime général de la sécurité sociale ou "
        "d'un autre régime de protection sociale obligatoire"
    ),
    'boe.réduction_capacité_travail': "Réduction de la capacité de travail due à l'invalidité",
    'boe.titulaire_pension_militaire': (
        "L'ancien militaire (ou assimilé) est titulaire d'une pension d'invalidité"
    ),
    'bonification.affection_longue_durée': (
        "La personne concernée est atteinte d'une affection de longue durée relevant de "
        "l'article D322-1 du code de la sécurité sociale"
    ),
    'bonification.enfant_maladie_grave': (
        "L'enfant, non reconnu handicapé, souffre d'une maladie grave"
    ),
}
_FACT_ORDER: dict[str, int] = {
    'demande.date_dépôt': 0,
    'demande.documents_médicaux_joints': 1,
    'bonification.titre': 2,
    'bonification.personne_concernée': 3,
    'bonification.nature_situation': 4,
    'agent.participation_mouvement': 5,
    'boe.catégorie': 6,
    'boe.taux_incapacité_permanente': 7,
    'boe.titulaire_rente': 8,
    'boe.réduction_capacité_travail': 9,
    'boe.titulaire_pension_militaire': 10,
    'bonification.affection_longue_durée': 11,
    'bonification.enfant_maladie_grave': 12,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'justificatif_handicap': (
        'bonification.titre', 'bonification.personne_concernée', 'bonification.enfant_maladie_grave'
    ),
    'justificatifs_amélioration': ('bonification.titre',),
    'suivi_médical_enfant': (
        'bonification.titre', 'bonification.personne_concernée', 'bonification.enfant_maladie_grave'
    ),
    'certificats_médicaux': ('bonification.titre',),
    'documents_médicaux_situation': ('bonification.titre', 'bonification.nature_situation'),
}
_ROWS_QUALITE_BOE = (
    (True,),
    (True,),
    (False,),
    (False,),
    (True,),
    (False,),
    (True,),
    (False,),
    (True,),
    (True,),
    (False,),
)
_DATE_2016_03_01 = datetime.date(2016, 3, 1)
_BONIFICATION_NATURE_SITUATION_VALUES = frozenset(
    {'situation_professionnelle', 'situation_sociale'}
)
_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE = rt.Recipient(
    'médecin_conseiller_technique',
    'Médecin conseiller technique de la rectrice – service médical de prévention (Dr Butheau)',
    True,
    (
        'Service médical de prévention, Madame le docteur Butheau, Rectorat de Lyon, 92 rue de '
        'Marseille, BP 7227, 69354 Lyon Cedex 07 – 04.72.80.63.60 ou 04.72.80.63.61 – '
        'medecin@ac-lyon.fr'
    ),
)
_CITE_JUSTIFICATIF_HANDICAP = rt.Citation(
    (
        "carte d'invalidité ou attestation de reconnaissance de la qualité de travailleur "
        'handicapé établie par la maison départementale des personnes handicapées (MDPH) pour '
        "l'enseignant, son conjoint ou son enfant."
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    149,
)
_DOC_JUSTIFICATIF_HANDICAP = rt.ChecklistItem(
    'justificatif_handicap',
    (
        "Carte d'invalidité ou attestation de reconnaissance de la qualité de travailleur "
        "handicapé (MDPH) de l'enseignant, de son conjoint ou de son enfant"
    ),
    'à fournir',
    None,
    False,
    True,
    (rt.Delivery('voie postale', False, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_JUSTIFICATIF_HANDICAP,),
)
_DOC_JUSTIFICATIF_HANDICAP_IF = rt.ChecklistItem(
    'justificatif_handicap',
    (
        "Carte d'invalidité ou attestation de reconnaissance de la qualité de travailleur "
        "handicapé (MDPH) de l'enseignant, de son conjoint ou de son enfant"
    ),
    'à fournir si …',
    (
        'bonification.titre = handicap et non (bonification.personne_concernée = enfant et '
        'bonification.enfant_maladie_grave)'
    ),
    False,
    True,
    (rt.Delivery('voie postale', False, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_JUSTIFICATIF_HANDICAP,),
)
_CITE_JUSTIFICATIFS_AMELIORATION = rt.Citation(
    (
        'tous les justificatifs attestant que la mutation sollicitée améliorera les conditions de '
        'vie de la personne handicapée.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    150,
)
_DOC_JUSTIFICATIFS_AMELIORATION = rt.ChecklistItem(
    'justificatifs_amélioration',
    (
        'Justificatifs attestant que la mutation sollicitée améliorera les conditions de vie de la '
        'personne handicapée'
    ),
    'à fournir',
    None,
    False,
    True,
    (rt.Delivery('voie postale', False, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_JUSTIFICATIFS_AMELIORATION,),
)
_DOC_JUSTIFICATIFS_AMELIORATION_IF = rt.ChecklistItem(
    'justificatifs_amélioration',
    (
        'Justificatifs attestant que la mutation sollicitée améliorera les conditions de vie de la '
        'personne handicapée'
    ),
    'à fournir si …',
    'bonification.titre = handicap',
    False,
    True,
    (rt.Delivery('voie postale', False, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_JUSTIFICATIFS_AMELIORATION,),
)
_CITE_SUIVI_MEDICAL_ENFANT = rt.Citation(
    (
        "s'agissant d'un enfant non reconnu handicapé mais souffrant d'une maladie grave, "
        'toutes les pièces concernant le suivi médical, notamment en milieu hospitalier spécialisé.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    151,
)
_DOC_SUIVI_MEDICAL_ENFANT = rt.ChecklistItem(
    'suivi_médical_enfant',
    "Pièces concernant le suivi médical de l'enfant, notamment en milieu hospitalier spécialisé",
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_SUIVI_MEDICAL_ENFANT,),
)
_DOC_SUIVI_MEDICAL_ENFANT_IF = rt.ChecklistItem(
    'suivi_médical_enfant',
    "Pièces concernant le suivi médical de l'enfant, notamment en milieu hospitalier spécialisé",
    'à fournir si …',
    (
        'bonification.titre = handicap et bonification.personne_concernée = enfant et '
        'bonification.enfant_maladie_grave'
    ),
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_SUIVI_MEDICAL_ENFANT,),
)
_CITE_CERTIFICATS_MEDICAUX = rt.Citation(
    (
        "Les certificats médicaux ou tout document d'ordre médical accompagnant le dossier seront "
        'placés, **sous pli confidentiel**, au nom du médecin conseiller technique du rectorat de '
        'Lyon.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    153,
)
_DOC_CERTIFICATS_MEDICAUX = rt.ChecklistItem(
    'certificats_médicaux',
    "Certificats médicaux ou tout document d'ordre médical accompagnant le dossier",
    'facultative',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    (
        'Sous pli confidentiel, au nom du médecin conseiller technique du rectorat de Lyon ; '
        'jamais aux services de la DSDEN du Rhône.'
    ),
    (_CITE_CERTIFICATS_MEDICAUX,),
)
_DOC_CERTIFICATS_MEDICAUX_IF = rt.ChecklistItem(
    'certificats_médicaux',
    "Certificats médicaux ou tout document d'ordre médical accompagnant le dossier",
    'facultative si …',
    'bonification.titre = handicap',
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    (
        'Sous pli confidentiel, au nom du médecin conseiller technique du rectorat de Lyon ; '
        'jamais aux services de la DSDEN du Rhône.'
    ),
    (_CITE_CERTIFICATS_MEDICAUX,),
)
_BONIFICATION_NATURE_SITUATION_VALUES_2 = frozenset({'situation_médicale'})
_CITE_DOCUMENTS_MEDICAUX_SITUATION = rt.Citation(
    "en fournissant l'intégralité de leurs documents médicaux aux médecins de prévention",
    'sources/001_cc7aae5ac81a0895.txt',
    159,
)
_DOC_DOCUMENTS_MEDICAUX_SITUATION = rt.ChecklistItem(
    'documents_médicaux_situation',
    'Intégralité des documents médicaux (situation médicale particulière)',
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_DOCUMENTS_MEDICAUX_SITUATION,),
)
_DOC_DOCUMENTS_MEDICAUX_SITUATION_IF = rt.ChecklistItem(
    'documents_médicaux_situation',
    'Intégralité des documents médicaux (situation médicale particulière)',
    'à fournir si …',
    (
        'bonification.titre = situation_particulière et bonification.nature_situation dans '
        '{situation_médicale}'
    ),
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_DOCUMENTS_MEDICAUX_SITUATION,),
)
_CITE_BENEFICIAIRE_HANDICAP = rt.Citation(
    (
        'Pour solliciter une bonification au mouvement, les personnels pourront faire valoir leur '
        "situation en tant que bénéficiaires de l'obligation d'emploi"
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    134,
)
_CITE_BENEFICIAIRE_HANDICAP_2 = rt.Citation(
    (
        'La loi a élargi le champ des bénéficiaires et couvre la situation des agents, de leur '
        "conjoint ou d'un enfant atteints d'une des affections de longue durée relevant de "
        "l'article D322-1 du code de la sécurité sociale."
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    132,
)
_CITE_BENEFICIAIRE_HANDICAP_3 = rt.Citation(
    "s'agissant d'un enfant non reconnu handicapé mais souffrant d'une maladie grave",
    'sources/001_cc7aae5ac81a0895.txt',
    151,
)
_RULE_BENEFICIAIRE_HANDICAP = rt.RuleInfo(
    'bénéficiaire_handicap',
    (
        "Bonification au titre du handicap : bénéficiaire de l'obligation d'emploi ou affection "
        'de longue durée'
    ),
    'bloquante',
    (_CITE_BENEFICIAIRE_HANDICAP, _CITE_BENEFICIAIRE_HANDICAP_2, _CITE_BENEFICIAIRE_HANDICAP_3),
    'circulars/bonification_mouvement_rhone_2016.circ:113',
)
_LABELS_BONIFICATION_PERSONNE_CONCERNEE = {
    'enseignant': "L'enseignant lui-même", 'conjoint': 'Son conjoint', 'enfant': 'Son enfant'
}
_LABELS_BOE_CATEGORIE = {
    'travailleur_handicapé': (
        "Travailleur reconnu handicapé par la commission des droits et de l'autonomie"
    ),
    'accident_travail': "Victime d'un accident du travail ou d'une maladie professionnelle",
    'pension_invalidité': "Titulaire d'une pension d'invalidité",
    'ancien_militaire': 'Ancien militaire ou assimilé',
    'allocation_invalidité': (
        "Titulaire d'une allocation d'invalidité délivrée par la commission des droits et de "
        "l'autonomie"
    ),
    'aah': "Titulaire de l'allocation aux adultes handicapés (AAH)",
    'aucune': 'Aucune de ces catégories',
}
_CITE_DEFINITION_HANDICAP = rt.Citation(
    (
        "constitue un handicap toute limitation d'activité ou restriction de participation à la "
        "vie en société subie par une personne dans son environnement en raison d'une altération "
        "substantielle, durable ou définitive d'une ou plusieurs fonctions physiques, "
        "sensorielles, mentales cognitives ou psychiques, d'un polyhandicap ou d'un trouble de "
        'santé invalidant'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    130,
)
_RULE_DEFINITION_HANDICAP = rt.RuleInfo(
    'définition_handicap',
    'Définition du handicap (article 2 de la loi du 11 février 2005)',
    'information',
    (_CITE_DEFINITION_HANDICAP,),
    'circulars/bonification_mouvement_rhone_2016.circ:121',
)
_NOTICE_DEFINITION_HANDICAP = rt.Finding(
    _RULE_DEFINITION_HANDICAP,
    rt.Outcome.NOTICE,
    'information',
    (
        "Constitue un handicap toute limitation d'activité ou restriction de participation à la "
        "vie en société subie par une personne dans son environnement en raison d'une altération "
        "substantielle, durable ou définitive d'une ou plusieurs fonctions physiques, "
        "sensorielles, mentales, cognitives ou psychiques, d'un polyhandicap ou d'un trouble de "
        'santé invalidant.'
    ),
    (),
)
_CITE_PARTICIPATION_MOUVEMENT = rt.Citation(
    'une bonification est accordée aux personnes handicapées qui sollicitent une mutation',
    'sources/001_cc7aae5ac81a0895.txt',
    130,
)
_CITE_PARTICIPATION_MOUVEMENT_2 = rt.Citation(
    'Préalablement à leur participation au mouvement', 'sources/001_cc7aae5ac81a0895.txt', 143
)
_RULE_PARTICIPATION_MOUVEMENT = rt.RuleInfo(
    'participation_mouvement',
    'Participation au mouvement intra-départemental 2016',
    'bloquante',
    (_CITE_PARTICIPATION_MOUVEMENT, _CITE_PARTICIPATION_MOUVEMENT_2),
    'circulars/bonification_mouvement_rhone_2016.circ:127',
)
_CITE_DELAI_DEPOT = rt.Citation(
    (
        'une demande de bonification au titre du handicap qui devra être adressée avant le '
        '**1<sup>er</sup> mars 2016**'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    143,
)
_CITE_DELAI_DEPOT_2 = rt.Citation(
    'Toute demande de bonifications à ce titre sera adressée avant le **1<sup>er</sup> mars 2016**',
    'sources/001_cc7aae5ac81a0895.txt',
    163,
)
_RULE_DELAI_DEPOT = rt.RuleInfo(
    'délai_dépôt',
    'Demande adressée avant le 1er mars 2016',
    'bloquante',
    (_CITE_DELAI_DEPOT, _CITE_DELAI_DEPOT_2),
    'circulars/bonification_mouvement_rhone_2016.circ:137',
)
_CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN = rt.Citation(
    (
        'seront placés, **sous pli confidentiel**, au nom du médecin conseiller technique du '
        "rectorat de Lyon. Aucun document d'ordre médical ne doit être transmis aux services de "
        'la DSDEN du Rhône.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    153,
)
_RULE_DOCUMENTS_MEDICAUX_HORS_DSDEN = rt.RuleInfo(
    'documents_médicaux_hors_dsden',
    'Aucun document médical aux services de la DSDEN',
    'bloquante',
    (_CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN,),
    'circulars/bonification_mouvement_rhone_2016.circ:147',
)
_CITE_ENTRETIEN_EVENTUEL = rt.Citation(
    (
        'Ils constitueront, dès à présent, un dossier qui sera adressé directement, dans la '
        "perspective d'un éventuel entretien, au service médical de prévention"
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    145,
)
_RULE_ENTRETIEN_EVENTUEL = rt.RuleInfo(
    'entretien_éventuel',
    "Dossier au service médical de prévention, en vue d'un éventuel entretien",
    'information',
    (_CITE_ENTRETIEN_EVENTUEL,),
    'circulars/bonification_mouvement_rhone_2016.circ:153',
)
_NOTICE_ENTRETIEN_EVENTUEL = rt.Finding(
    _RULE_ENTRETIEN_EVENTUEL,
    rt.Outcome.NOTICE,
    'information',
    (
        'Le dossier de pièces justificatives est adressé directement au service médical de '
        'prévention (Dr Butheau, médecin conseiller technique de la rectrice), dans la perspective '
        "d'un éventuel entretien."
    ),
    (),
)
_CITE_SITUATION_DIFFICILE = rt.Citation(
    (
        'Les enseignants en situations personnelles ou professionnelles difficiles sont invités à '
        "prendre l'attache du service social des personnels à la DSDEN du Rhône et/ou, le cas "
        'échéant, du service médical de prévention.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    161,
)
_CITE_SITUATION_DIFFICILE_2 = rt.Citation(
    (
        "La cellule de l'accompagnement individualisé est également à la disposition des "
        "personnels pour toute question relative à l'instruction de leurs demandes."
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    161,
)
_RULE_SITUATION_DIFFICILE = rt.RuleInfo(
    'situation_difficile',
    'Situations personnelles ou professionnelles difficiles : service social des personnels',
    'information',
    (_CITE_SITUATION_DIFFICILE, _CITE_SITUATION_DIFFICILE_2),
    'circulars/bonification_mouvement_rhone_2016.circ:157',
)
_NOTICE_SITUATION_DIFFICILE = rt.Finding(
    _RULE_SITUATION_DIFFICILE,
    rt.Outcome.NOTICE,
    'information',
    (
        'Les enseignants en situation personnelle ou professionnelle difficile sont invités à '
        "prendre l'attache du service social des personnels de la DSDEN du Rhône (Mme Janin, 21 "
        'rue Jaboulay, 69309 Lyon Cedex 07, 04.72.80.67.04, ce.ia69-ssocper@ac-lyon.fr) et, le cas '
        "échéant, du service médical de prévention. La cellule d'accompagnement individualisé "
        "(DPE-AI, 04.72.80.68.89) répond aux questions sur l'instruction des demandes."
    ),
    (),
)
_CITE_ATTRIBUTION_LE_CAS_ECHEANT = rt.Citation(
    (
        "Après examen de leur dossier et de leurs vœux d'affectation, les personnels concernés se "
        'verront attribuer, le cas échéant, une bonification au mouvement.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    165,
)
_RULE_ATTRIBUTION_LE_CAS_ECHEANT = rt.RuleInfo(
    'attribution_le_cas_échéant',
    'Attribution le cas échéant, après examen du dossier et des vœux',
    'information',
    (_CITE_ATTRIBUTION_LE_CAS_ECHEANT,),
    'circulars/bonification_mouvement_rhone_2016.circ:163',
)
_NOTICE_ATTRIBUTION_LE_CAS_ECHEANT = rt.Finding(
    _RULE_ATTRIBUTION_LE_CAS_ECHEANT,
    rt.Outcome.NOTICE,
    'information',
    (
        "Après examen de votre dossier et de vos vœux d'affectation, une bonification vous sera "
        "attribuée le cas échéant ; la décision est prise par l'inspecteur d'académie à l'issue "
        'de la CAPD du 5 avril 2016.'
    ),
    (),
)
_DEADLINE_LIMITE_DEPOT = rt.DeadlineInfo(
    'limite_dépôt',
    "Date limite d'envoi de la demande de bonification à la DSDEN",
    _DATE_2016_03_01,
    False,
    (_CITE_DELAI_DEPOT, _CITE_DELAI_DEPOT_2),
)
_SERVICE_IEN_CIRCONSCRIPTION = rt.Recipient(
    'ien_circonscription',
    "Inspectrice ou inspecteur de l'éducation nationale de circonscription",
    False,
    None,
)
_CITE_VISA_IEN = rt.Citation(
    "revêtue du visa de l'inspectrice ou inspecteur de circonscription",
    'sources/001_cc7aae5ac81a0895.txt',
    163,
)
_OPINION_VISA_IEN = rt.OpinionInfo(
    'visa_ien',
    "Visa de l'inspectrice ou de l'inspecteur de circonscription",
    'obligatoire',
    _SERVICE_IEN_CIRCONSCRIPTION,
    (_CITE_VISA_IEN,),
)
_SERVICE_DPE_AI = rt.Recipient(
    'dpe_ai',
    (
        'DSDEN du Rhône – division des personnels enseignants du premier degré, cellule '
        "d'accompagnement individualisé (DPE-AI)"
    ),
    False,
    (
        'DSDEN du Rhône, DPE-AI, 21 rue Jaboulay, 69309 Lyon Cedex 07 – 04.72.80.68.89 – '
        'ce.ia69-dpe-ai@ac-lyon.fr'
    ),
)
_SERVICE_SUPERIEUR_HIERARCHIQUE = rt.Recipient(
    'supérieur_hiérarchique', "Supérieur hiérarchique de l'enseignant", False, None
)
_CITE_DEMANDE = rt.Citation(
    (
        'les personnels en situation de handicap doivent transmettre, **sous couvert de leur '
        'supérieur hiérarchique** et sur papier libre, une demande de bonification au titre du '
        'handicap'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    143,
)
_SUBMISSION = rt.SubmissionInfo(
    (
        'Demande de bonification au titre du handicap, sur papier libre, sous couvert du supérieur '
        'hiérarchique'
    ),
    (
        rt.Delivery(
            'voie hiérarchique', False, (_SERVICE_DPE_AI,), via=(_SERVICE_SUPERIEUR_HIERARCHIQUE,)
        ),
    ),
    'DSDEN du Rhône, DPE-AI, 21 rue Jaboulay, 69309 Lyon Cedex 07',
    (_CITE_DEMANDE,),
)
_CITE_DEMANDE_2 = rt.Citation(
    (
        'Toute demande de bonifications à ce titre sera adressée avant le **1<sup>er</sup> mars '
        "2016**, par voie hiérarchique, et revêtue du visa de l'inspectrice ou inspecteur de "
        'circonscription.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    163,
)
_CITE_DEMANDE_3 = rt.Citation(
    (
        'les personnels devront adresser leur demande dans les mêmes conditions que celles '
        'relatives aux bonifications pour handicap'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    159,
)
_SUBMISSION_2 = rt.SubmissionInfo(
    (
        "Demande de bonification au titre d'une situation particulière, par voie hiérarchique, "
        "revêtue du visa de l'IEN de circonscription"
    ),
    (
        rt.Delivery(
            'voie hiérarchique', False, (_SERVICE_DPE_AI,), via=(_SERVICE_IEN_CIRCONSCRIPTION,)
        ),
    ),
    'DSDEN du Rhône, DPE-AI, 21 rue Jaboulay, 69309 Lyon Cedex 07',
    (_CITE_DEMANDE_2, _CITE_DEMANDE_3),
)
_CITE_DEMANDE_4 = rt.Citation(
    'Ce dossier sera composé des pièces justificatives suivantes :',
    'sources/001_cc7aae5ac81a0895.txt',
    116,
)
_SUBMISSION_3 = rt.SubmissionInfo(
    'Dossier de pièces justificatives, adressé directement au service médical de prévention',
    (rt.Delivery('voie postale', False, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    (
        "Service médical de prévention, à l'attention de Madame le docteur Butheau, Rectorat de "
        'Lyon, 92 rue de Marseille, BP 7227, 69354 Lyon Cedex 07'
    ),
    (_CITE_DEMANDE_4, _CITE_ENTRETIEN_EVENTUEL),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(
        default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande'
    )
    # circulars/commun.circ:110
    demande_documents_medicaux_joints: bool | None = Field(
        default=None,
        alias='demande.documents_médicaux_joints',
        title=(
            "Des documents d'ordre médical sont joints à ce qui est adressé aux services "
            'administratifs (hors service médical)'
        ),
    )
    # circulars/bonification_mouvement_rhone_2016.circ:23
    bonification_titre: Literal['handicap', 'situation_particulière'] | None = Field(
        default=None, alias='bonification.titre', title='Titre de la bonification demandée'
    )
    # circulars/bonification_mouvement_rhone_2016.circ:30
    bonification_personne_concernee: Literal['enseignant', 'conjoint', 'enfant'] | None = Field(
        default=None,
        alias='bonification.personne_concernée',
        title='Personne dont la situation fonde la demande',
    )
    # circulars/bonification_mouvement_rhone_2016.circ:36
    bonification_nature_situation: frozenset[
        Literal['situation_sociale', 'situation_médicale', 'situation_professionnelle']
    ] | None = Field(
        default=None,
        alias='bonification.nature_situation',
        title='Nature de la situation particulière invoquée',
    )
    # circulars/bonification_mouvement_rhone_2016.circ:42
    agent_participation_mouvement: bool | None = Field(
        default=None,
        alias='agent.participation_mouvement',
        title="L'agent participe au mouvement intra-départemental 2016 (sollicite une mutation)",
    )
    # circulars/bonification_mouvement_rhone_2016.circ:44
    boe_categorie: Literal[
        'travailleur_handicapé',
        'accident_travail',
        'pension_invalidité',
        'ancien_militaire',
        'allocation_invalidité',
        'aah',
        'aucune',
    ] | None = Field(
        default=None,
        alias='boe.catégorie',
        title=(
            "Catégorie de bénéficiaire de l'obligation d'emploi invoquée pour la personne "
            'concernée'
        ),
    )
    # circulars/bonification_mouvement_rhone_2016.circ:54
    boe_taux_incapacite_permanente: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None,
        alias='boe.taux_incapacité_permanente',
        title=(
            "Taux d'incapacité permanente consécutive à l'accident du travail ou à la maladie "
            'professionnelle'
        ),
    )
    # circulars/bonification_mouvement_rhone_2016.circ:56
    boe_titulaire_rente: bool | None = Field(
        default=None,
        alias='boe.titulaire_rente',
        title=(
            "Titulaire d'une rente attribuée au titre du régime général de la sécurité sociale ou "
            "d'un autre régime de protection sociale obligatoire"
        ),
    )
    # circulars/bonification_mouvement_rhone_2016.circ:58
    boe_reduction_capacite_travail: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None,
        alias='boe.réduction_capacité_travail',
        title="Réduction de la capacité de travail due à l'invalidité",
    )
    # circulars/bonification_mouvement_rhone_2016.circ:60
    boe_titulaire_pension_militaire: bool | None = Field(
        default=None,
        alias='boe.titulaire_pension_militaire',
        title="L'ancien militaire (ou assimilé) est titulaire d'une pension d'invalidité",
    )
    # circulars/bonification_mouvement_rhone_2016.circ:62
    bonification_affection_longue_duree: bool | None = Field(
        default=None,
        alias='bonification.affection_longue_durée',
        title=(
            "La personne concernée est atteinte d'une affection de longue durée relevant de "
            "l'article D322-1 du code de la sécurité sociale"
        ),
    )
    # circulars/bonification_mouvement_rhone_2016.circ:64
    bonification_enfant_maladie_grave: bool | None = Field(
        default=None,
        alias='bonification.enfant_maladie_grave',
        title="L'enfant, non reconnu handicapé, souffre d'une maladie grave",
    )

    french_fields: ClassVar[dict[str, str]] = {
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'demande.documents_médicaux_joints': 'boolean',
        'demande_documents_medicaux_joints': 'boolean',
        'agent.participation_mouvement': 'boolean',
        'agent_participation_mouvement': 'boolean',
        'boe.taux_incapacité_permanente': 'number',
        'boe_taux_incapacite_permanente': 'number',
        'boe.titulaire_rente': 'boolean',
        'boe_titulaire_rente': 'boolean',
        'boe.réduction_capacité_travail': 'number',
        'boe_reduction_capacite_travail': 'number',
        'boe.titulaire_pension_militaire': 'boolean',
        'boe_titulaire_pension_militaire': 'boolean',
        'bonification.affection_longue_durée': 'boolean',
        'bonification_affection_longue_duree': 'boolean',
        'bonification.enfant_maladie_grave': 'boolean',
        'bonification_enfant_maladie_grave': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'boe.taux_incapacité_permanente': 'pourcentage',
        'boe_taux_incapacite_permanente': 'pourcentage',
        'boe.réduction_capacité_travail': 'pourcentage',
        'boe_reduction_capacite_travail': 'pourcentage',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_DEMANDE_DOCUMENTS_MEDICAUX_JOINTS = rt.plain_reader(
    Facts, 'demande.documents_médicaux_joints'
)
_READ_BONIFICATION_TITRE = rt.plain_reader(Facts, 'bonification.titre')
_READ_BONIFICATION_PERSONNE_CONCERNEE = rt.plain_reader(Facts, 'bonification.personne_concernée')
_READ_BONIFICATION_NATURE_SITUATION = rt.plain_reader(Facts, 'bonification.nature_situation')
_READ_AGENT_PARTICIPATION_MOUVEMENT = rt.plain_reader(Facts, 'agent.participation_mouvement')
_READ_BOE_CATEGORIE = rt.plain_reader(Facts, 'boe.catégorie')
_READ_BOE_TAUX_INCAPACITE_PERMANENTE = rt.plain_reader(Facts, 'boe.taux_incapacité_permanente')
_READ_BOE_TITULAIRE_RENTE = rt.plain_reader(Facts, 'boe.titulaire_rente')
_READ_BOE_REDUCTION_CAPACITE_TRAVAIL = rt.plain_reader(Facts, 'boe.réduction_capacité_travail')
_READ_BOE_TITULAIRE_PENSION_MILITAIRE = rt.plain_reader(Facts, 'boe.titulaire_pension_militaire')
_READ_BONIFICATION_AFFECTION_LONGUE_DUREE = rt.plain_reader(
    Facts, 'bonification.affection_longue_durée'
)
_READ_BONIFICATION_ENFANT_MALADIE_GRAVE = rt.plain_reader(
    Facts, 'bonification.enfant_maladie_grave'
)


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    datetime.date | None,
    bool | None,
    Literal['handicap', 'situation_particulière'] | None,
    Literal['enseignant', 'conjoint', 'enfant'] | None,
    frozenset[
        Literal['situation_sociale', 'situation_médicale', 'situation_professionnelle']
    ] | None,
    bool | None,
    Literal[
        'travailleur_handicapé',
        'accident_travail',
        'pension_invalidité',
        'ancien_militaire',
        'allocation_invalidité',
        'aah',
        'aucune',
    ] | None,
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    bool | None,
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    bool | None,
    bool | None,
    bool | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            demande_documents_medicaux_joints = situation.get('demande.documents_médicaux_joints')
            if (
                demande_documents_medicaux_joints is not None
                and type(demande_documents_medicaux_joints) is not bool
            ):
                demande_documents_medicaux_joints = (
                    _READ_DEMANDE_DOCUMENTS_MEDICAUX_JOINTS(demande_documents_medicaux_joints)
                )
            bonification_titre = situation.get('bonification.titre')
            if bonification_titre is not None:
                bonification_titre = _READ_BONIFICATION_TITRE(bonification_titre)
            bonification_personne_concernee = situation.get('bonification.personne_concernée')
            if bonification_personne_concernee is not None:
                bonification_personne_concernee = (
                    _READ_BONIFICATION_PERSONNE_CONCERNEE(bonification_personne_concernee)
                )
            bonification_nature_situation = situation.get('bonification.nature_situation')
            if bonification_nature_situation is not None:
                bonification_nature_situation = (
                    _READ_BONIFICATION_NATURE_SITUATION(bonification_nature_situation)
                )
            agent_participation_mouvement = situation.get('agent.participation_mouvement')
            if (
                agent_participation_mouvement is not None
                and type(agent_participation_mouvement) is not bool
            ):
                agent_participation_mouvement = (
                    _READ_AGENT_PARTICIPATION_MOUVEMENT(agent_participation_mouvement)
                )
            boe_categorie = situation.get('boe.catégorie')
            if boe_categorie is not None:
                boe_categorie = _READ_BOE_CATEGORIE(boe_categorie)
            boe_taux_incapacite_permanente = situation.get('boe.taux_incapacité_permanente')
            if boe_taux_incapacite_permanente is not None:
                boe_taux_incapacite_permanente = (
                    _READ_BOE_TAUX_INCAPACITE_PERMANENTE(boe_taux_incapacite_permanente)
                )
            boe_titulaire_rente = situation.get('boe.titulaire_rente')
            if boe_titulaire_rente is not None and type(boe_titulaire_rente) is not bool:
                boe_titulaire_rente = _READ_BOE_TITULAIRE_RENTE(boe_titulaire_rente)
            boe_reduction_capacite_travail = situation.get('boe.réduction_capacité_travail')
            if boe_reduction_capacite_travail is not None:
                boe_reduction_capacite_travail = (
                    _READ_BOE_REDUCTION_CAPACITE_TRAVAIL(boe_reduction_capacite_travail)
                )
            boe_titulaire_pension_militaire = situation.get('boe.titulaire_pension_militaire')
            if (
                boe_titulaire_pension_militaire is not None
                and type(boe_titulaire_pension_militaire) is not bool
            ):
                boe_titulaire_pension_militaire = (
                    _READ_BOE_TITULAIRE_PENSION_MILITAIRE(boe_titulaire_pension_militaire)
                )
            bonification_affection_longue_duree = situation.get(
                'bonification.affection_longue_durée'
            )
            if (
                bonification_affection_longue_duree is not None
                and type(bonification_affection_longue_duree) is not bool
            ):
                bonification_affection_longue_duree = (
                    _READ_BONIFICATION_AFFECTION_LONGUE_DUREE(bonification_affection_longue_duree)
                )
            bonification_enfant_maladie_grave = situation.get('bonification.enfant_maladie_grave')
            if (
                bonification_enfant_maladie_grave is not None
                and type(bonification_enfant_maladie_grave) is not bool
            ):
                bonification_enfant_maladie_grave = (
                    _READ_BONIFICATION_ENFANT_MALADIE_GRAVE(bonification_enfant_maladie_grave)
                )
            return (
                demande_date_depot,
                demande_documents_medicaux_joints,
                bonification_titre,
                bonification_personne_concernee,
                bonification_nature_situation,
                agent_participation_mouvement,
                boe_categorie,
                boe_taux_incapacite_permanente,
                boe_titulaire_rente,
                boe_reduction_capacite_travail,
                boe_titulaire_pension_militaire,
                bonification_affection_longue_duree,
                bonification_enfant_maladie_grave,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.demande_date_depot,
        facts.demande_documents_medicaux_joints,
        facts.bonification_titre,
        facts.bonification_personne_concernee,
        facts.bonification_nature_situation,
        facts.agent_participation_mouvement,
        facts.boe_categorie,
        facts.boe_taux_incapacite_permanente,
        facts.boe_titulaire_rente,
        facts.boe_reduction_capacite_travail,
        facts.boe_titulaire_pension_militaire,
        facts.bonification_affection_longue_duree,
        facts.bonification_enfant_maladie_grave,
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        demande_date_depot,
        demande_documents_medicaux_joints,
        bonification_titre,
        bonification_personne_concernee,
        bonification_nature_situation,
        agent_participation_mouvement,
        boe_categorie,
        boe_taux_incapacite_permanente,
        boe_titulaire_rente,
        boe_reduction_capacite_travail,
        boe_titulaire_pension_militaire,
        bonification_affection_longue_duree,
        bonification_enfant_maladie_grave,
    ) = _read_situation(situation)
    # circulars/bonification_mouvement_rhone_2016.circ:89 valeur invalidité_deux_tiers
    invalidite_deux_tiers = rt.ge(rt.mul(boe_reduction_capacite_travail, 3), 200)
    # circulars/bonification_mouvement_rhone_2016.circ:92 table qualité_boe
    qualite_boe_matches = (
        (None if boe_categorie is None else boe_categorie == 'travailleur_handicapé'),
        rt.all3(
            (None if boe_categorie is None else boe_categorie == 'accident_travail'),
            (
                None
                if boe_taux_incapacite_permanente is None
                else boe_taux_incapacite_permanente >= 10
            ),
            boe_titulaire_rente,
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'accident_travail'),
            (
                None
                if boe_taux_incapacite_permanente is None
                else boe_taux_incapacite_permanente < 10
            ),
        ),
        rt.all3(
            (None if boe_categorie is None else boe_categorie == 'accident_travail'),
            (
                None
                if boe_taux_incapacite_permanente is None
                else boe_taux_incapacite_permanente >= 10
            ),
            (None if boe_titulaire_rente is None else not boe_titulaire_rente),
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'pension_invalidité'),
            invalidite_deux_tiers,
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'pension_invalidité'),
            (None if invalidite_deux_tiers is None else not invalidite_deux_tiers),
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'ancien_militaire'),
            boe_titulaire_pension_militaire,
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'ancien_militaire'),
            (
                None
                if boe_titulaire_pension_militaire is None
                else not boe_titulaire_pension_militaire
            ),
        ),
        (None if boe_categorie is None else boe_categorie == 'allocation_invalidité'),
        (None if boe_categorie is None else boe_categorie == 'aah'),
        (None if boe_categorie is None else boe_categorie == 'aucune'),
    )
    row = rt.lookup(qualite_boe_matches, _ROWS_QUALITE_BOE, None, 1)
    qualite_boe_beneficiaire = row[0]
    # tested by 2 rules
    shared_1 = None if bonification_titre is None else bonification_titre == 'handicap'
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = []
    condition: bool | None = rt.and3(
        (None if bonification_titre is None else bonification_titre == 'handicap'),
        rt.not3(
            rt.and3(
                (
                    None
                    if bonification_personne_concernee is None
                    else bonification_personne_concernee == 'enfant'
                ),
                bonification_enfant_maladie_grave,
            )
        ),
    )
    if condition is True:
        checklist.append(_DOC_JUSTIFICATIF_HANDICAP)
    elif condition is None:
        checklist.append(_DOC_JUSTIFICATIF_HANDICAP_IF)
    condition = None if bonification_titre is None else bonification_titre == 'handicap'
    if condition is True:
        checklist.append(_DOC_JUSTIFICATIFS_AMELIORATION)
    elif condition is None:
        checklist.append(_DOC_JUSTIFICATIFS_AMELIORATION_IF)
    condition = rt.all3(
        (None if bonification_titre is None else bonification_titre == 'handicap'),
        (
            None
            if bonification_personne_concernee is None
            else bonification_personne_concernee == 'enfant'
        ),
        bonification_enfant_maladie_grave,
    )
    if condition is True:
        checklist.append(_DOC_SUIVI_MEDICAL_ENFANT)
    elif condition is None:
        checklist.append(_DOC_SUIVI_MEDICAL_ENFANT_IF)
    condition = None if bonification_titre is None else bonification_titre == 'handicap'
    if condition is True:
        checklist.append(_DOC_CERTIFICATS_MEDICAUX)
    elif condition is None:
        checklist.append(_DOC_CERTIFICATS_MEDICAUX_IF)
    condition = rt.and3(
        (None if bonification_titre is None else bonification_titre == 'situation_particulière'),
        rt.any_in(bonification_nature_situation, _BONIFICATION_NATURE_SITUATION_VALUES_2),
    )
    if condition is True:
        checklist.append(_DOC_DOCUMENTS_MEDICAUX_SITUATION)
    elif condition is None:
        checklist.append(_DOC_DOCUMENTS_MEDICAUX_SITUATION_IF)

    # circulars/bonification_mouvement_rhone_2016.circ:113 règle bénéficiaire_handicap (bloquante)
    applies: bool | None = shared_1
    if applies is False:
        not_applicable.append('bénéficiaire_handicap')
    else:
        holds: bool | None = rt.any3(
            qualite_boe_beneficiaire,
            bonification_affection_longue_duree,
            rt.and3(
                (
                    None
                    if bonification_personne_concernee is None
                    else bonification_personne_concernee == 'enfant'
                ),
                bonification_enfant_maladie_grave,
            ),
        )
        if holds is True:
            satisfied.append('bénéficiaire_handicap')
        else:
            values: tuple[tuple[str, Any], ...] = (
                ('bonification.titre', bonification_titre),
                ('boe.catégorie', boe_categorie),
                ('boe.taux_incapacité_permanente', boe_taux_incapacite_permanente),
                ('boe.titulaire_rente', boe_titulaire_rente),
                ('boe.réduction_capacité_travail', boe_reduction_capacite_travail),
                ('boe.titulaire_pension_militaire', boe_titulaire_pension_militaire),
                ('bonification.affection_longue_durée', bonification_affection_longue_duree),
                ('bonification.personne_concernée', bonification_personne_concernee),
                ('bonification.enfant_maladie_grave', bonification_enfant_maladie_grave),
            )
            if holds is False and applies is True:
                message = (
                    'La bonification au titre du handicap suppose que la personne concernée ('
                    + rt.fmt_choice(
                        bonification_personne_concernee, _LABELS_BONIFICATION_PERSONNE_CONCERNEE
                    )
                    + ") soit bénéficiaire de l'obligation d'emploi (catégorie invoquée : "
                    + rt.fmt_choice(boe_categorie, _LABELS_BOE_CATEGORIE)
                    + (
                        ") — travailleur reconnu handicapé ; victime d'un accident du travail ou "
                        "d'une maladie professionnelle avec une incapacité permanente d'au moins "
                        "10 % et titulaire d'une rente ; titulaire d'une pension d'invalidité "
                        "réduisant d'au moins deux tiers la capacité de travail ; ancien "
                        "militaire titulaire d'une pension d'invalidité ; titulaire d'une "
                        "allocation d'invalidité ou de l'AAH — ou soit atteinte d'une affection "
                        'de longue durée (article D322-1 du code de la sécurité sociale).'
                    )
                )
                findings.append(
                    rt.Finding(
                        _RULE_BENEFICIAIRE_HANDICAP,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        message,
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_BENEFICIAIRE_HANDICAP,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Bonification au titre du handicap "
                            ": bénéficiaire de l'obligation d'emploi ou affection de longue "
                            'durée.'
                        ),
                        values,
                        missing=(('bonification.titre',) if applies is None else ())
                        + (
                            rt.missing_any(
                                (
                                    qualite_boe_beneficiaire,
                                    rt.unknown()
                                    + rt.table_missing(
                                        qualite_boe_matches,
                                        (
                                            (('boe.catégorie', boe_categorie),),
                                            (
                                                ('boe.catégorie', boe_categorie),
                                                (
                                                    'boe.taux_incapacité_permanente',
                                                    boe_taux_incapacite_permanente,
                                                ),
                                                ('boe.titulaire_rente', boe_titulaire_rente),
                                            ),
                                            (
                                                ('boe.catégorie', boe_categorie),
                                                (
                                                    'boe.taux_incapacité_permanente',
                                                    boe_taux_incapacite_permanente,
                                                ),
                                            ),
                                            (
                                                ('boe.catégorie', boe_categorie),
                                                (
                                                    'boe.taux_incapacité_permanente',
                                                    boe_taux_incapacite_permanente,
                                                ),
                                                ('boe.titulaire_rente', boe_titulaire_rente),
                                            ),
                                            (
                                                ('boe.catégorie', boe_categorie),
                                                (
                                                    'boe.réduction_capacité_travail',
                                                    boe_reduction_capacite_travail,
                                                ),
                                            ),
                                            (
                                                ('boe.catégorie', boe_categorie),
                                                (
                                                    'boe.réduction_capacité_travail',
                                                    boe_reduction_capacite_travail,
                                                ),
                                            ),
                                            (
                                                ('boe.catégorie', boe_categorie),
                                                (
                                                    'boe.titulaire_pension_militaire',
                                                    boe_titulaire_pension_militaire,
                                                ),
                                            ),
                                            (
                                                ('boe.catégorie', boe_categorie),
                                                (
                                                    'boe.titulaire_pension_militaire',
                                                    boe_titulaire_pension_militaire,
                                                ),
                                            ),
                                            (('boe.catégorie', boe_categorie),),
                                            (('boe.catégorie', boe_categorie),),
                                            (('boe.catégorie', boe_categorie),),
                                        ),
                                    ),
                                ),
                                (
                                    bonification_affection_longue_duree,
                                    rt.unknown(
                                        (
                                            'bonification.affection_longue_durée',
                                            bonification_affection_longue_duree,
                                        )
                                    ),
                                ),
                                (
                                    rt.and3(
                                        (
                                            None
                                            if bonification_personne_concernee is None
                                            else bonification_personne_concernee == 'enfant'
                                        ),
                                        bonification_enfant_maladie_grave,
                                    ),
                                    rt.missing_and(
                                        (
                                            None
                                            if bonification_personne_concernee is None
                                            else bonification_personne_concernee == 'enfant'
                                        ),
                                        rt.unknown(
                                            (
                                                'bonification.personne_concernée',
                                                bonification_personne_concernee,
                                            )
                                        ),
                                        bonification_enfant_maladie_grave,
                                        rt.unknown(
                                            (
                                                'bonification.enfant_maladie_grave',
                                                bonification_enfant_maladie_grave,
                                            )
                                        ),
                                    ),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/bonification_mouvement_rhone_2016.circ:121 règle définition_handicap (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_DEFINITION_HANDICAP)
    elif applies is False:
        not_applicable.append('définition_handicap')

    # circulars/bonification_mouvement_rhone_2016.circ:127 règle participation_mouvement (bloquante)
    holds = agent_participation_mouvement
    if holds is True:
        satisfied.append('participation_mouvement')
    else:
        values = (('agent.participation_mouvement', agent_participation_mouvement),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_PARTICIPATION_MOUVEMENT,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        'La bonification est accordée aux personnels qui sollicitent une mutation '
                        "au mouvement intra-départemental 2016 : vous n'y participez pas."
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_PARTICIPATION_MOUVEMENT,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Participation au mouvement "
                        'intra-départemental 2016.'
                    ),
                    values,
                    missing=('agent.participation_mouvement',),
                )
            )
            undecided = True

    # circulars/bonification_mouvement_rhone_2016.circ:137 règle délai_dépôt (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot < _DATE_2016_03_01
    if holds is True:
        satisfied.append('délai_dépôt')
    else:
        values = (('demande.date_dépôt', demande_date_depot),)
        if holds is False:
            message = (
                'La demande de bonification adressée le '
                + rt.fmt(demande_date_depot)
                + ' est hors délai : elle devait être adressée avant le 1er mars 2016.'
            )
            findings.append(
                rt.Finding(_RULE_DELAI_DEPOT, rt.Outcome.VIOLATED, 'bloquante', message, values)
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DELAI_DEPOT,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Demande adressée avant le 1er mars 2016.",
                    values,
                    missing=rt.unknown(('demande.date_dépôt', demande_date_depot)),
                )
            )
            undecided = True

    # circulars/bonification_mouvement_rhone_2016.circ:147 règle documents_médicaux_hors_dsden
    # (bloquante)
    holds = (
        None if demande_documents_medicaux_joints is None else not demande_documents_medicaux_joints
    )
    if holds is True:
        satisfied.append('documents_médicaux_hors_dsden')
    else:
        values = (('demande.documents_médicaux_joints', demande_documents_medicaux_joints),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_DOCUMENTS_MEDICAUX_HORS_DSDEN,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "Aucun document d'ordre médical ne doit être transmis aux services de la "
                        'DSDEN du Rhône : retirez-les de la demande adressée à la DPE-AI et '
                        'adressez-les, sous pli confidentiel, au seul médecin conseiller technique '
                        'du rectorat de Lyon.'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DOCUMENTS_MEDICAUX_HORS_DSDEN,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Aucun document médical aux services de "
                        'la DSDEN.'
                    ),
                    values,
                    missing=('demande.documents_médicaux_joints',),
                )
            )
            undecided = True

    # circulars/bonification_mouvement_rhone_2016.circ:153 règle entretien_éventuel (information)
    findings.append(_NOTICE_ENTRETIEN_EVENTUEL)

    # circulars/bonification_mouvement_rhone_2016.circ:157 règle situation_difficile (information)
    applies = rt.and3(
        (None if bonification_titre is None else bonification_titre == 'situation_particulière'),
        rt.any_in(bonification_nature_situation, _BONIFICATION_NATURE_SITUATION_VALUES),
    )
    if applies is True:
        findings.append(_NOTICE_SITUATION_DIFFICILE)
    elif applies is False:
        not_applicable.append('situation_difficile')

    # circulars/bonification_mouvement_rhone_2016.circ:163 règle attribution_le_cas_échéant
    # (information)
    findings.append(_NOTICE_ATTRIBUTION_LE_CAS_ECHEANT)

    opinions: list[rt.OpinionInfo] = []
    condition = (
        None if bonification_titre is None else bonification_titre == 'situation_particulière'
    )
    if condition is not False:
        opinions.append(_OPINION_VISA_IEN)
    submissions: list[rt.SubmissionInfo] = []
    condition = None if bonification_titre is None else bonification_titre == 'handicap'
    if condition is not False:
        submissions.append(_SUBMISSION)
    condition = (
        None if bonification_titre is None else bonification_titre == 'situation_particulière'
    )
    if condition is not False:
        submissions.append(_SUBMISSION_2)
    submissions.append(_SUBMISSION_3)
    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),
        checklist=tuple(checklist),
        deadlines=(_DEADLINE_LIMITE_DEPOT,),
        opinions=tuple(opinions),
        submissions=tuple(submissions),
        computed={
            'invalidité_deux_tiers': invalidite_deux_tiers,
            'qualité_boe.bénéficiaire': qualite_boe_beneficiaire,
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        demande_date_depot,
        demande_documents_medicaux_joints,
        bonification_titre,
        bonification_personne_concernee,
        _,
        agent_participation_mouvement,
        boe_categorie,
        boe_taux_incapacite_permanente,
        boe_titulaire_rente,
        boe_reduction_capacite_travail,
        boe_titulaire_pension_militaire,
        bonification_affection_longue_duree,
        bonification_enfant_maladie_grave,
    ) = _read_situation(situation)
    # circulars/bonification_mouvement_rhone_2016.circ:89 valeur invalidité_deux_tiers
    invalidite_deux_tiers = rt.ge(rt.mul(boe_reduction_capacite_travail, 3), 200)
    # circulars/bonification_mouvement_rhone_2016.circ:92 table qualité_boe
    qualite_boe_matches = (
        (None if boe_categorie is None else boe_categorie == 'travailleur_handicapé'),
        rt.all3(
            (None if boe_categorie is None else boe_categorie == 'accident_travail'),
            (
                None
                if boe_taux_incapacite_permanente is None
                else boe_taux_incapacite_permanente >= 10
            ),
            boe_titulaire_rente,
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'accident_travail'),
            (
                None
                if boe_taux_incapacite_permanente is None
                else boe_taux_incapacite_permanente < 10
            ),
        ),
        rt.all3(
            (None if boe_categorie is None else boe_categorie == 'accident_travail'),
            (
                None
                if boe_taux_incapacite_permanente is None
                else boe_taux_incapacite_permanente >= 10
            ),
            (None if boe_titulaire_rente is None else not boe_titulaire_rente),
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'pension_invalidité'),
            invalidite_deux_tiers,
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'pension_invalidité'),
            (None if invalidite_deux_tiers is None else not invalidite_deux_tiers),
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'ancien_militaire'),
            boe_titulaire_pension_militaire,
        ),
        rt.and3(
            (None if boe_categorie is None else boe_categorie == 'ancien_militaire'),
            (
                None
                if boe_titulaire_pension_militaire is None
                else not boe_titulaire_pension_militaire
            ),
        ),
        (None if boe_categorie is None else boe_categorie == 'allocation_invalidité'),
        (None if boe_categorie is None else boe_categorie == 'aah'),
        (None if boe_categorie is None else boe_categorie == 'aucune'),
    )
    row = rt.lookup(qualite_boe_matches, _ROWS_QUALITE_BOE, None, 1)
    qualite_boe_beneficiaire = row[0]
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/bonification_mouvement_rhone_2016.circ:113 règle bénéficiaire_handicap (bloquante)
    applies: bool | None = None if bonification_titre is None else bonification_titre == 'handicap'
    if applies is not False:
        holds: bool | None = rt.any3(
            qualite_boe_beneficiaire,
            bonification_affection_longue_duree,
            rt.and3(
                (
                    None
                    if bonification_personne_concernee is None
                    else bonification_personne_concernee == 'enfant'
                ),
                bonification_enfant_maladie_grave,
            ),
        )
        if holds is False and applies is True:
            failed.append('bénéficiaire_handicap')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/bonification_mouvement_rhone_2016.circ:127 règle participation_mouvement (bloquante)
    holds = agent_participation_mouvement
    if holds is False:
        failed.append('participation_mouvement')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/bonification_mouvement_rhone_2016.circ:137 règle délai_dépôt (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot < _DATE_2016_03_01
    if holds is False:
        failed.append('délai_dépôt')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/bonification_mouvement_rhone_2016.circ:147 règle documents_médicaux_hors_dsden
    # (bloquante)
    holds = (
        None if demande_documents_medicaux_joints is None else not demande_documents_medicaux_joints
    )
    if holds is False:
        failed.append('documents_médicaux_hors_dsden')
        refused = True
    elif holds is not True:
        undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
