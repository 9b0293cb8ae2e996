# Généré par circdsl depuis circulars/allegement_rhone_2016.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Allègement de service pour raison médicale des personnels enseignants du premier '
    "degré du Rhône, 2016-2017 (Direction des services départementaux de l'éducation nationale du "
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
    name='allegement_rhone_2016',
    title=(
        'Allègement de service pour raison médicale des personnels enseignants du premier degré du '
        'Rhône, 2016-2017'
    ),
    authority=(
        "Direction des services départementaux de l'éducation nationale du Rhône (DSDEN du Rhône)"
    ),
    reference='2015-2016 n°49',
    issued=datetime.date(2015, 12, 7),
    school_year='2016-2017',
    dispositif='Allègement de service',
    source='sources/001_cc7aae5ac81a0895.txt',
    file='circulars/allegement_rhone_2016.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.rqth': (
        "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
        'invalidité »...)'
    ),
    'agent.temps_partiel_thérapeutique': (
        "L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique"
    ),
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'demande.documents_médicaux_joints': (
        "Des documents d'ordre médical sont joints à ce qui est adressé aux services "
        'administratifs (hors service médical)'
    ),
    'demande.quotité': 'Quotité de service demandée',
    'école.organisation': "Organisation hebdomadaire de l'école d'exercice",
    'agent.traitement_médical_lourd': "L'agent suit un traitement ou un suivi médical lourd",
    'agent.reprise_après_poste_adapté': (
        "L'agent reprend son activité après une affectation sur un poste adapté"
    ),
    'agent.affectation_rased': "L'enseignant est affecté sur un poste de RASED",
    'agent.matériel_adapté': (
        "L'agent bénéficie d'un (ou de) matériel(s) adapté(s) dans l'exercice de ses fonctions"
    ),
    'agent.aide_tierce_personne': (
        "L'agent bénéficie de l'aide d'une tierce personne dans l'exercice de son métier"
    ),
    'agent.cmo_2014_2015': "L'agent a obtenu un congé de maladie ordinaire en 2014-2015",
    'agent.cmo_2015_2016': "L'agent a obtenu un congé de maladie ordinaire en 2015-2016",
    'agent.congé_longue_maladie': "L'agent a obtenu un congé de longue maladie (CLM)",
    'agent.congé_longue_durée': "L'agent a obtenu un congé de longue durée (CLD)",
    'allègement.déjà_bénéficié': "L'agent a déjà bénéficié d'un allègement de service",
    'allègement.années_antérieures': "Année(s) où l'agent a bénéficié d'un allègement de service",
    'demande.temps_partiel_sollicité': (
        "L'agent sollicite un temps partiel au titre de l'année scolaire 2016-2017"
    ),
    'agent.participation_mouvement': "L'agent participera au mouvement intra-départemental 2016",
    'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur',
}
_FACT_ORDER: dict[str, int] = {
    'agent.rqth': 0,
    'agent.temps_partiel_thérapeutique': 1,
    'demande.date_dépôt': 2,
    'demande.documents_médicaux_joints': 3,
    'demande.quotité': 4,
    'école.organisation': 5,
    'agent.traitement_médical_lourd': 6,
    'agent.reprise_après_poste_adapté': 7,
    'agent.affectation_rased': 8,
    'agent.matériel_adapté': 9,
    'agent.aide_tierce_personne': 10,
    'agent.cmo_2014_2015': 11,
    'agent.cmo_2015_2016': 12,
    'agent.congé_longue_maladie': 13,
    'agent.congé_longue_durée': 14,
    'allègement.déjà_bénéficié': 15,
    'allègement.années_antérieures': 16,
    'demande.temps_partiel_sollicité': 17,
    'agent.participation_mouvement': 18,
    'dossier.pièces_fournies': 19,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'justificatif_handicap': ('agent.rqth',), 'certificats_médicaux': ()
}
_DECIMAL_2_25 = Decimal('2.25')
_ROWS_MODALITES_ALLEGEMENT = (
    ('1 journée libérée', 2, 8), ('1 journée libérée + 1 mercredi sur 4 libéré', _DECIMAL_2_25, 9)
)
_ECOLE_ORGANISATION_VALUES = frozenset({'huit_demi_journées', 'neuf_demi_journées'})
_DATE_2016_03_01 = datetime.date(2016, 3, 1)
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
        'Ce dossier sera composé des pièces justificatives suivantes : attestation de '
        'reconnaissance de la qualité de travailleur handicapé établie par la maison '
        'départementale des personnes handicapées (MDPH) ou la maison départementale et '
        'métropolitaine des personnes handicapées pour le département du Rhône (MDMPH), ou carte '
        "d'invalidité"
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    116,
)
_DOC_JUSTIFICATIF_HANDICAP = rt.ChecklistItem(
    'justificatif_handicap',
    (
        'Attestation de reconnaissance de la qualité de travailleur handicapé (MDPH ou MDMPH) ou '
        "carte d'invalidité"
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
        'Attestation de reconnaissance de la qualité de travailleur handicapé (MDPH ou MDMPH) ou '
        "carte d'invalidité"
    ),
    'à fournir si …',
    'agent.rqth',
    False,
    True,
    (rt.Delivery('voie postale', False, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_JUSTIFICATIF_HANDICAP,),
)
_CITE_CERTIFICATS_MEDICAUX = rt.Citation(
    "ou carte d'invalidité et certificats médicaux", 'sources/001_cc7aae5ac81a0895.txt', 116
)
_CITE_CERTIFICATS_MEDICAUX_2 = rt.Citation(
    (
        "Les certificats médicaux ou tout document d'ordre médical accompagnant le dossier "
        'devront être placés sous pli confidentiel au nom du médecin conseiller technique de '
        'madame la rectrice.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    118,
)
_DOC_CERTIFICATS_MEDICAUX = rt.ChecklistItem(
    'certificats_médicaux',
    "Certificats médicaux et tout document d'ordre médical",
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    (
        'Sous pli confidentiel au nom du médecin conseiller technique de madame la rectrice (Dr '
        'Butheau, service médical de prévention, rectorat de Lyon).'
    ),
    (_CITE_CERTIFICATS_MEDICAUX, _CITE_CERTIFICATS_MEDICAUX_2),
)
_CITE_ALLEGEMENT_ACCORDE = rt.Citation(
    (
        "accordé pour la durée de l'année scolaire ou pour une durée inférieure portant au "
        'maximum sur le tiers des obligations de service pour une rémunération à temps plein.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    96,
)
_CITE_ALLEGEMENT_ACCORDE_2 = rt.Citation(
    "Les nécessités de services permettent l'octroi d'un allègement dispensé de cette manière",
    'sources/001_cc7aae5ac81a0895.txt',
    98,
)
_RULE_ALLEGEMENT_ACCORDE = rt.RuleInfo(
    'allègement_accordé',
    "Allègement dispensé selon l'organisation de l'école, dans la limite du tiers",
    'information',
    (_CITE_ALLEGEMENT_ACCORDE, _CITE_ALLEGEMENT_ACCORDE_2),
    'circulars/allegement_rhone_2016.circ:104',
)
_CITE_NON_CUMUL_TPT = rt.Citation(
    'ne peut, en revanche, se cumuler avec un temps partiel thérapeutique',
    'sources/001_cc7aae5ac81a0895.txt',
    103,
)
_RULE_NON_CUMUL_TPT = rt.RuleInfo(
    'non_cumul_tpt',
    'Non cumulable avec un temps partiel thérapeutique',
    'bloquante',
    (_CITE_NON_CUMUL_TPT,),
    'circulars/allegement_rhone_2016.circ:111',
)
_CITE_TEMPS_PARTIEL_COMPATIBLE = rt.Citation(
    'Il peut être attribué à un agent exerçant ses fonctions à temps partiel',
    'sources/001_cc7aae5ac81a0895.txt',
    103,
)
_RULE_TEMPS_PARTIEL_COMPATIBLE = rt.RuleInfo(
    'temps_partiel_compatible',
    'Compatible avec un temps partiel',
    'information',
    (_CITE_TEMPS_PARTIEL_COMPATIBLE,),
    'circulars/allegement_rhone_2016.circ:116',
)
_CITE_PUBLIC_PRIORITAIRE = rt.Citation(
    (
        'ce dispositif concerne prioritairement les personnels reconnus en situation de handicap '
        'ou à titre exceptionnel, les personnels suivant un traitement ou un suivi médical lourd. '
        "Il peut permettre aussi une reprise d'activité après une affectation sur un poste adapté "
        'ou une période de congé de longue maladie ou de longue durée.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    105,
)
_RULE_PUBLIC_PRIORITAIRE = rt.RuleInfo(
    'public_prioritaire',
    'Public prioritaire : personnels reconnus en situation de handicap',
    'avertissement',
    (_CITE_PUBLIC_PRIORITAIRE,),
    'circulars/allegement_rhone_2016.circ:122',
)
_CITE_POSTE_RASED = rt.Citation(
    (
        "Un aménagement horaire de service sera priorisé pour les cas où l'affectation de "
        "l'enseignant permettra une adaptation plus libre des horaires (affectation sur des "
        'postes de RASED).'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    107,
)
_RULE_POSTE_RASED = rt.RuleInfo(
    'poste_rased',
    'Poste de RASED : un aménagement horaire est priorisé',
    'avertissement',
    (_CITE_POSTE_RASED,),
    'circulars/allegement_rhone_2016.circ:129',
)
_CITE_DELAI_DEPOT = rt.Citation(
    (
        'aucune demande incomplète et/ou transmise hors du délai prescrit, soit le 1<sup>er</sup> '
        'mars 2016, ne pourra être prise en compte.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    124,
)
_RULE_DELAI_DEPOT = rt.RuleInfo(
    'délai_dépôt',
    'Demande transmise avant le 1er mars 2016',
    'bloquante',
    (_CITE_DELAI_DEPOT,),
    'circulars/allegement_rhone_2016.circ:138',
)
_RULE_DOSSIER_COMPLET = rt.RuleInfo(
    'dossier_complet',
    'Dossier complet',
    'bloquante',
    (_CITE_DELAI_DEPOT,),
    'circulars/allegement_rhone_2016.circ:143',
)
_CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN = rt.Citation(
    (
        'devront être placés sous pli confidentiel au nom du médecin conseiller technique de '
        "madame la rectrice. Aucun document d'ordre médical ne doit être transmis aux services de "
        'la DSDEN du Rhône.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    118,
)
_RULE_DOCUMENTS_MEDICAUX_HORS_DSDEN = rt.RuleInfo(
    'documents_médicaux_hors_dsden',
    'Aucun document médical aux services de la DSDEN',
    'bloquante',
    (_CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN,),
    'circulars/allegement_rhone_2016.circ:152',
)
_CITE_DISPOSITIF_EXCEPTIONNEL = rt.Citation(
    "L'allègement de service est un **dispositif exceptionnel**",
    'sources/001_cc7aae5ac81a0895.txt',
    96,
)
_CITE_DISPOSITIF_EXCEPTIONNEL_2 = rt.Citation(
    "Chaque demande fera l'objet d'un examen particulièrement attentif et rigoureux.",
    'sources/001_cc7aae5ac81a0895.txt',
    107,
)
_CITE_DISPOSITIF_EXCEPTIONNEL_3 = rt.Citation(
    'dans la limite du contingent des supports réservés pour ce dispositif',
    'sources/001_cc7aae5ac81a0895.txt',
    122,
)
_RULE_DISPOSITIF_EXCEPTIONNEL = rt.RuleInfo(
    'dispositif_exceptionnel',
    "Dispositif exceptionnel, dans la limite d'un contingent",
    'information',
    (
        _CITE_DISPOSITIF_EXCEPTIONNEL,
        _CITE_DISPOSITIF_EXCEPTIONNEL_2,
        _CITE_DISPOSITIF_EXCEPTIONNEL_3,
    ),
    'circulars/allegement_rhone_2016.circ:158',
)
_NOTICE_DISPOSITIF_EXCEPTIONNEL = rt.Finding(
    _RULE_DISPOSITIF_EXCEPTIONNEL,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'allègement de service est un dispositif exceptionnel : les moyens étant limités, il "
        'est attribué dans la limite du contingent des supports réservés, après un examen '
        'particulièrement attentif et rigoureux de chaque demande.'
    ),
    (),
)
_CITE_PAS_DE_RENOUVELLEMENT = rt.Citation(
    'sans aucun droit systématique au renouvellement', 'sources/001_cc7aae5ac81a0895.txt', 96
)
_RULE_PAS_DE_RENOUVELLEMENT = rt.RuleInfo(
    'pas_de_renouvellement',
    'Aucun droit systématique au renouvellement',
    'information',
    (_CITE_PAS_DE_RENOUVELLEMENT,),
    'circulars/allegement_rhone_2016.circ:164',
)
_CITE_TYPE_DE_MESURE = rt.Citation(
    (
        "L'avis du médecin de prévention sera sollicité afin de déterminer le type de mesure "
        'adapté à la situation particulière de chacun des demandeurs, aménagement du poste de '
        'travail ou allègement de service.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    107,
)
_RULE_TYPE_DE_MESURE = rt.RuleInfo(
    'type_de_mesure',
    'Le médecin de prévention détermine la mesure adaptée',
    'information',
    (_CITE_TYPE_DE_MESURE,),
    'circulars/allegement_rhone_2016.circ:169',
)
_NOTICE_TYPE_DE_MESURE = rt.Finding(
    _RULE_TYPE_DE_MESURE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Vous bénéficiez déjà d'un matériel adapté ou de l'aide d'une tierce personne : l'avis "
        'du médecin de prévention déterminera la mesure adaptée à votre situation, aménagement du '
        'poste de travail ou allègement de service.'
    ),
    (),
)
_CITE_DUREE_DES_CONGES = rt.Citation(
    "Avez-vous obtenu (*la durée sera calculée par l'administration*)",
    'sources/001_cc7aae5ac81a0895.txt',
    245,
)
_RULE_DUREE_DES_CONGES = rt.RuleInfo(
    'durée_des_congés',
    "Durée des congés calculée par l'administration",
    'information',
    (_CITE_DUREE_DES_CONGES,),
    'circulars/allegement_rhone_2016.circ:174',
)
_NOTICE_DUREE_DES_CONGES = rt.Finding(
    _RULE_DUREE_DES_CONGES,
    rt.Outcome.NOTICE,
    'information',
    "Vous avez déclaré des congés de maladie : leur durée sera calculée par l'administration.",
    (),
)
_CITE_BONIFICATION_MOUVEMENT = rt.Citation(
    'Participerez-vous au mouvement intra-départemental 2016 ?',
    'sources/001_cc7aae5ac81a0895.txt',
    263,
)
_CITE_BONIFICATION_MOUVEMENT_2 = rt.Citation(
    (
        'une demande de bonification au titre du handicap qui devra être adressée avant le '
        '**1<sup>er</sup> mars 2016** à la DSDEN du Rhône (DPE-AI)'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    143,
)
_RULE_BONIFICATION_MOUVEMENT = rt.RuleInfo(
    'bonification_mouvement',
    'Participation au mouvement intra-départemental 2016',
    'information',
    (_CITE_BONIFICATION_MOUVEMENT, _CITE_BONIFICATION_MOUVEMENT_2),
    'circulars/allegement_rhone_2016.circ:179',
)
_NOTICE_BONIFICATION_MOUVEMENT = rt.Finding(
    _RULE_BONIFICATION_MOUVEMENT,
    rt.Outcome.NOTICE,
    'information',
    (
        'Vous participerez au mouvement intra-départemental 2016 : une bonification au titre du '
        "handicap ou d'une situation particulière fait l'objet d'une demande distincte, à "
        'adresser avant le 1er mars 2016 à la DSDEN du Rhône (DPE-AI).'
    ),
    (),
)
_CITE_LIMITE_DEPOT = rt.Citation(
    'à la DSDEN du Rhône (DPE-AI) (cf : annexe1) **avant le 1<sup>er</sup> mars 2016**',
    'sources/001_cc7aae5ac81a0895.txt',
    113,
)
_DEADLINE_LIMITE_DEPOT = rt.DeadlineInfo(
    'limite_dépôt',
    "Date limite d'envoi du formulaire de demande (annexe 2) à la DSDEN",
    _DATE_2016_03_01,
    False,
    (_CITE_LIMITE_DEPOT,),
)
_SERVICE_SUPERIEUR_HIERARCHIQUE = rt.Recipient(
    'supérieur_hiérarchique',
    "Supérieur hiérarchique (IEN, ou chef d'établissement pour le second degré)",
    False,
    None,
)
_CITE_AVIS_SUPERIEUR = rt.Citation(
    "Avis du supérieur hiérarchique (IEN ou chef d'établissement pour le second degré)",
    'sources/001_cc7aae5ac81a0895.txt',
    283,
)
_OPINION_AVIS_SUPERIEUR = rt.OpinionInfo(
    'avis_supérieur',
    'Avis du supérieur hiérarchique sur le formulaire de demande',
    'obligatoire',
    _SERVICE_SUPERIEUR_HIERARCHIQUE,
    (_CITE_AVIS_SUPERIEUR,),
)
_SERVICE_MEDECIN_PREVENTION = rt.Recipient(
    'médecin_prévention', 'Médecin de prévention', True, None
)
_CITE_AVIS_MEDECIN_PREVENTION = rt.Citation(
    "L'avis du médecin de prévention sera sollicité afin de déterminer le type de mesure adapté",
    'sources/001_cc7aae5ac81a0895.txt',
    107,
)
_OPINION_AVIS_MEDECIN_PREVENTION = rt.OpinionInfo(
    'avis_médecin_prévention',
    'Avis du médecin de prévention sur le type de mesure adapté',
    'obligatoire',
    _SERVICE_MEDECIN_PREVENTION,
    (_CITE_AVIS_MEDECIN_PREVENTION,),
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
_CITE_DEMANDE = rt.Citation(
    "Les enseignants qui souhaitent déposer une demande d'allègement de service :",
    'sources/001_cc7aae5ac81a0895.txt',
    111,
)
_CITE_DEMANDE_2 = rt.Citation(
    (
        "compléteront le document joint au présent envoi (annexe2) qu'ils adresseront, sous "
        'couvert de leur supérieur hiérarchique, à la DSDEN du Rhône (DPE-AI)'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    113,
)
_SUBMISSION = rt.SubmissionInfo(
    "Formulaire de demande d'allègement (annexe 2), sous couvert du supérieur hiérarchique",
    (rt.Delivery('voie postale', False, (_SERVICE_SUPERIEUR_HIERARCHIQUE, _SERVICE_DPE_AI)),),
    'DSDEN du Rhône, DPE-AI, 21 rue Jaboulay, 69309 Lyon Cedex 07',
    (_CITE_DEMANDE, _CITE_DEMANDE_2),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/commun.circ:30
    agent_rqth: bool | None = Field(
        default=None,
        alias='agent.rqth',
        title=(
            "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
            'invalidité »...)'
        ),
    )
    # circulars/commun.circ:32
    agent_temps_partiel_therapeutique: bool | None = Field(
        default=None,
        alias='agent.temps_partiel_thérapeutique',
        title="L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique",
    )
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
    # circulars/commun.circ:114
    demande_quotite: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None, alias='demande.quotité', title='Quotité de service demandée'
    )
    # circulars/allegement_rhone_2016.circ:22
    ecole_organisation: Literal['huit_demi_journées', 'neuf_demi_journées'] | None = Field(
        default=None,
        alias='école.organisation',
        title="Organisation hebdomadaire de l'école d'exercice",
    )
    # circulars/allegement_rhone_2016.circ:27
    agent_traitement_medical_lourd: bool | None = Field(
        default=None,
        alias='agent.traitement_médical_lourd',
        title="L'agent suit un traitement ou un suivi médical lourd",
    )
    # circulars/allegement_rhone_2016.circ:29
    agent_reprise_apres_poste_adapte: bool | None = Field(
        default=None,
        alias='agent.reprise_après_poste_adapté',
        title="L'agent reprend son activité après une affectation sur un poste adapté",
    )
    # circulars/allegement_rhone_2016.circ:31
    agent_affectation_rased: bool | None = Field(
        default=None,
        alias='agent.affectation_rased',
        title="L'enseignant est affecté sur un poste de RASED",
    )
    # circulars/allegement_rhone_2016.circ:34
    agent_materiel_adapte: bool | None = Field(
        default=None,
        alias='agent.matériel_adapté',
        title=(
            "L'agent bénéficie d'un (ou de) matériel(s) adapté(s) dans l'exercice de ses "
            'fonctions'
        ),
    )
    # circulars/allegement_rhone_2016.circ:37
    agent_aide_tierce_personne: bool | None = Field(
        default=None,
        alias='agent.aide_tierce_personne',
        title="L'agent bénéficie de l'aide d'une tierce personne dans l'exercice de son métier",
    )
    # circulars/allegement_rhone_2016.circ:40
    agent_cmo_2014_2015: bool | None = Field(
        default=None,
        alias='agent.cmo_2014_2015',
        title="L'agent a obtenu un congé de maladie ordinaire en 2014-2015",
    )
    # circulars/allegement_rhone_2016.circ:43
    agent_cmo_2015_2016: bool | None = Field(
        default=None,
        alias='agent.cmo_2015_2016',
        title="L'agent a obtenu un congé de maladie ordinaire en 2015-2016",
    )
    # circulars/allegement_rhone_2016.circ:46
    agent_conge_longue_maladie: bool | None = Field(
        default=None,
        alias='agent.congé_longue_maladie',
        title="L'agent a obtenu un congé de longue maladie (CLM)",
    )
    # circulars/allegement_rhone_2016.circ:49
    agent_conge_longue_duree: bool | None = Field(
        default=None,
        alias='agent.congé_longue_durée',
        title="L'agent a obtenu un congé de longue durée (CLD)",
    )
    # circulars/allegement_rhone_2016.circ:52
    allegement_deja_beneficie: bool | None = Field(
        default=None,
        alias='allègement.déjà_bénéficié',
        title="L'agent a déjà bénéficié d'un allègement de service",
    )
    # circulars/allegement_rhone_2016.circ:55
    allegement_annees_anterieures: str | None = Field(
        default=None,
        alias='allègement.années_antérieures',
        title="Année(s) où l'agent a bénéficié d'un allègement de service",
    )
    # circulars/allegement_rhone_2016.circ:58
    demande_temps_partiel_sollicite: bool | None = Field(
        default=None,
        alias='demande.temps_partiel_sollicité',
        title="L'agent sollicite un temps partiel au titre de l'année scolaire 2016-2017",
    )
    # circulars/allegement_rhone_2016.circ:61
    agent_participation_mouvement: bool | None = Field(
        default=None,
        alias='agent.participation_mouvement',
        title="L'agent participera au mouvement intra-départemental 2016",
    )
    # circulars/allegement_rhone_2016.circ:144
    dossier_pieces_fournies: frozenset[
        Literal['justificatif_handicap', 'certificats_médicaux']
    ] | None = Field(
        default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur'
    )

    french_fields: ClassVar[dict[str, str]] = {
        'agent.rqth': 'boolean',
        'agent_rqth': 'boolean',
        'agent.temps_partiel_thérapeutique': 'boolean',
        'agent_temps_partiel_therapeutique': 'boolean',
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'demande.documents_médicaux_joints': 'boolean',
        'demande_documents_medicaux_joints': 'boolean',
        'demande.quotité': 'number',
        'demande_quotite': 'number',
        'agent.traitement_médical_lourd': 'boolean',
        'agent_traitement_medical_lourd': 'boolean',
        'agent.reprise_après_poste_adapté': 'boolean',
        'agent_reprise_apres_poste_adapte': 'boolean',
        'agent.affectation_rased': 'boolean',
        'agent_affectation_rased': 'boolean',
        'agent.matériel_adapté': 'boolean',
        'agent_materiel_adapte': 'boolean',
        'agent.aide_tierce_personne': 'boolean',
        'agent_aide_tierce_personne': 'boolean',
        'agent.cmo_2014_2015': 'boolean',
        'agent_cmo_2014_2015': 'boolean',
        'agent.cmo_2015_2016': 'boolean',
        'agent_cmo_2015_2016': 'boolean',
        'agent.congé_longue_maladie': 'boolean',
        'agent_conge_longue_maladie': 'boolean',
        'agent.congé_longue_durée': 'boolean',
        'agent_conge_longue_duree': 'boolean',
        'allègement.déjà_bénéficié': 'boolean',
        'allegement_deja_beneficie': 'boolean',
        'demande.temps_partiel_sollicité': 'boolean',
        'demande_temps_partiel_sollicite': 'boolean',
        'agent.participation_mouvement': 'boolean',
        'agent_participation_mouvement': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'demande.quotité': 'pourcentage', 'demande_quotite': 'pourcentage'
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_RQTH = rt.plain_reader(Facts, 'agent.rqth')
_READ_AGENT_TEMPS_PARTIEL_THERAPEUTIQUE = rt.plain_reader(
    Facts, 'agent.temps_partiel_thérapeutique'
)
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_DEMANDE_DOCUMENTS_MEDICAUX_JOINTS = rt.plain_reader(
    Facts, 'demande.documents_médicaux_joints'
)
_READ_DEMANDE_QUOTITE = rt.plain_reader(Facts, 'demande.quotité')
_READ_ECOLE_ORGANISATION = rt.plain_reader(Facts, 'école.organisation')
_READ_AGENT_TRAITEMENT_MEDICAL_LOURD = rt.plain_reader(Facts, 'agent.traitement_médical_lourd')
_READ_AGENT_REPRISE_APRES_POSTE_ADAPTE = rt.plain_reader(Facts, 'agent.reprise_après_poste_adapté')
_READ_AGENT_AFFECTATION_RASED = rt.plain_reader(Facts, 'agent.affectation_rased')
_READ_AGENT_MATERIEL_ADAPTE = rt.plain_reader(Facts, 'agent.matériel_adapté')
_READ_AGENT_AIDE_TIERCE_PERSONNE = rt.plain_reader(Facts, 'agent.aide_tierce_personne')
_READ_AGENT_CMO_2014_2015 = rt.plain_reader(Facts, 'agent.cmo_2014_2015')
_READ_AGENT_CMO_2015_2016 = rt.plain_reader(Facts, 'agent.cmo_2015_2016')
_READ_AGENT_CONGE_LONGUE_MALADIE = rt.plain_reader(Facts, 'agent.congé_longue_maladie')
_READ_AGENT_CONGE_LONGUE_DUREE = rt.plain_reader(Facts, 'agent.congé_longue_durée')
_READ_ALLEGEMENT_DEJA_BENEFICIE = rt.plain_reader(Facts, 'allègement.déjà_bénéficié')
_READ_ALLEGEMENT_ANNEES_ANTERIEURES = rt.plain_reader(Facts, 'allègement.années_antérieures')
_READ_DEMANDE_TEMPS_PARTIEL_SOLLICITE = rt.plain_reader(Facts, 'demande.temps_partiel_sollicité')
_READ_AGENT_PARTICIPATION_MOUVEMENT = rt.plain_reader(Facts, 'agent.participation_mouvement')
_READ_DOSSIER_PIECES_FOURNIES = rt.plain_reader(Facts, 'dossier.pièces_fournies')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    bool | None,
    bool | None,
    datetime.date | None,
    bool | None,
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    Literal['huit_demi_journées', 'neuf_demi_journées'] | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    str | None,
    bool | None,
    bool | None,
    frozenset[Literal['justificatif_handicap', 'certificats_médicaux']] | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            agent_rqth = situation.get('agent.rqth')
            if agent_rqth is not None and type(agent_rqth) is not bool:
                agent_rqth = _READ_AGENT_RQTH(agent_rqth)
            agent_temps_partiel_therapeutique = situation.get('agent.temps_partiel_thérapeutique')
            if (
                agent_temps_partiel_therapeutique is not None
                and type(agent_temps_partiel_therapeutique) is not bool
            ):
                agent_temps_partiel_therapeutique = (
                    _READ_AGENT_TEMPS_PARTIEL_THERAPEUTIQUE(agent_temps_partiel_therapeutique)
                )
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
            demande_quotite = situation.get('demande.quotité')
            if demande_quotite is not None:
                demande_quotite = _READ_DEMANDE_QUOTITE(demande_quotite)
            ecole_organisation = situation.get('école.organisation')
            if ecole_organisation is not None:
                ecole_organisation = _READ_ECOLE_ORGANISATION(ecole_organisation)
            agent_traitement_medical_lourd = situation.get('agent.traitement_médical_lourd')
            if (
                agent_traitement_medical_lourd is not None
                and type(agent_traitement_medical_lourd) is not bool
            ):
                agent_traitement_medical_lourd = (
                    _READ_AGENT_TRAITEMENT_MEDICAL_LOURD(agent_traitement_medical_lourd)
                )
            agent_reprise_apres_poste_adapte = situation.get('agent.reprise_après_poste_adapté')
            if (
                agent_reprise_apres_poste_adapte is not None
                and type(agent_reprise_apres_poste_adapte) is not bool
            ):
                agent_reprise_apres_poste_adapte = (
                    _READ_AGENT_REPRISE_APRES_POSTE_ADAPTE(agent_reprise_apres_poste_adapte)
                )
            agent_affectation_rased = situation.get('agent.affectation_rased')
            if agent_affectation_rased is not None and type(agent_affectation_rased) is not bool:
                agent_affectation_rased = _READ_AGENT_AFFECTATION_RASED(agent_affectation_rased)
            agent_materiel_adapte = situation.get('agent.matériel_adapté')
            if agent_materiel_adapte is not None and type(agent_materiel_adapte) is not bool:
                agent_materiel_adapte = _READ_AGENT_MATERIEL_ADAPTE(agent_materiel_adapte)
            agent_aide_tierce_personne = situation.get('agent.aide_tierce_personne')
            if (
                agent_aide_tierce_personne is not None
                and type(agent_aide_tierce_personne) is not bool
            ):
                agent_aide_tierce_personne = (
                    _READ_AGENT_AIDE_TIERCE_PERSONNE(agent_aide_tierce_personne)
                )
            agent_cmo_2014_2015 = situation.get('agent.cmo_2014_2015')
            if agent_cmo_2014_2015 is not None and type(agent_cmo_2014_2015) is not bool:
                agent_cmo_2014_2015 = _READ_AGENT_CMO_2014_2015(agent_cmo_2014_2015)
            agent_cmo_2015_2016 = situation.get('agent.cmo_2015_2016')
            if agent_cmo_2015_2016 is not None and type(agent_cmo_2015_2016) is not bool:
                agent_cmo_2015_2016 = _READ_AGENT_CMO_2015_2016(agent_cmo_2015_2016)
            agent_conge_longue_maladie = situation.get('agent.congé_longue_maladie')
            if (
                agent_conge_longue_maladie is not None
                and type(agent_conge_longue_maladie) is not bool
            ):
                agent_conge_longue_maladie = (
                    _READ_AGENT_CONGE_LONGUE_MALADIE(agent_conge_longue_maladie)
                )
            agent_conge_longue_duree = situation.get('agent.congé_longue_durée')
            if agent_conge_longue_duree is not None and type(agent_conge_longue_duree) is not bool:
                agent_conge_longue_duree = _READ_AGENT_CONGE_LONGUE_DUREE(agent_conge_longue_duree)
            allegement_deja_beneficie = situation.get('allègement.déjà_bénéficié')
            if (
                allegement_deja_beneficie is not None
                and type(allegement_deja_beneficie) is not bool
            ):
                allegement_deja_beneficie = (
                    _READ_ALLEGEMENT_DEJA_BENEFICIE(allegement_deja_beneficie)
                )
            allegement_annees_anterieures = situation.get('allègement.années_antérieures')
            if allegement_annees_anterieures is not None:
                allegement_annees_anterieures = (
                    _READ_ALLEGEMENT_ANNEES_ANTERIEURES(allegement_annees_anterieures)
                )
            demande_temps_partiel_sollicite = situation.get('demande.temps_partiel_sollicité')
            if (
                demande_temps_partiel_sollicite is not None
                and type(demande_temps_partiel_sollicite) is not bool
            ):
                demande_temps_partiel_sollicite = (
                    _READ_DEMANDE_TEMPS_PARTIEL_SOLLICITE(demande_temps_partiel_sollicite)
                )
            agent_participation_mouvement = situation.get('agent.participation_mouvement')
            if (
                agent_participation_mouvement is not None
                and type(agent_participation_mouvement) is not bool
            ):
                agent_participation_mouvement = (
                    _READ_AGENT_PARTICIPATION_MOUVEMENT(agent_participation_mouvement)
                )
            dossier_pieces_fournies = situation.get('dossier.pièces_fournies')
            if dossier_pieces_fournies is not None:
                dossier_pieces_fournies = _READ_DOSSIER_PIECES_FOURNIES(dossier_pieces_fournies)
            return (
                agent_rqth,
                agent_temps_partiel_therapeutique,
                demande_date_depot,
                demande_documents_medicaux_joints,
                demande_quotite,
                ecole_organisation,
                agent_traitement_medical_lourd,
                agent_reprise_apres_poste_adapte,
                agent_affectation_rased,
                agent_materiel_adapte,
                agent_aide_tierce_personne,
                agent_cmo_2014_2015,
                agent_cmo_2015_2016,
                agent_conge_longue_maladie,
                agent_conge_longue_duree,
                allegement_deja_beneficie,
                allegement_annees_anterieures,
                demande_temps_partiel_sollicite,
                agent_participation_mouvement,
                dossier_pieces_fournies,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_rqth,
        facts.agent_temps_partiel_therapeutique,
        facts.demande_date_depot,
        facts.demande_documents_medicaux_joints,
        facts.demande_quotite,
        facts.ecole_organisation,
        facts.agent_traitement_medical_lourd,
        facts.agent_reprise_apres_poste_adapte,
        facts.agent_affectation_rased,
        facts.agent_materiel_adapte,
        facts.agent_aide_tierce_personne,
        facts.agent_cmo_2014_2015,
        facts.agent_cmo_2015_2016,
        facts.agent_conge_longue_maladie,
        facts.agent_conge_longue_duree,
        facts.allegement_deja_beneficie,
        facts.allegement_annees_anterieures,
        facts.demande_temps_partiel_sollicite,
        facts.agent_participation_mouvement,
        facts.dossier_pieces_fournies,
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_rqth,
        agent_temps_partiel_therapeutique,
        demande_date_depot,
        demande_documents_medicaux_joints,
        demande_quotite,
        ecole_organisation,
        agent_traitement_medical_lourd,
        agent_reprise_apres_poste_adapte,
        agent_affectation_rased,
        agent_materiel_adapte,
        agent_aide_tierce_personne,
        agent_cmo_2014_2015,
        agent_cmo_2015_2016,
        agent_conge_longue_maladie,
        agent_conge_longue_duree,
        allegement_deja_beneficie,
        allegement_annees_anterieures,
        demande_temps_partiel_sollicite,
        agent_participation_mouvement,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/allegement_rhone_2016.circ:88 table modalités_allègement
    modalites_allegement_matches = (
        (None if ecole_organisation is None else ecole_organisation == 'huit_demi_journées'),
        (None if ecole_organisation is None else ecole_organisation == 'neuf_demi_journées'),
    )
    row = rt.lookup(modalites_allegement_matches, _ROWS_MODALITES_ALLEGEMENT, None, 3)
    modalites_allegement_temps_libere = row[0]
    modalites_allegement_demi_journees_liberees = row[1]
    modalites_allegement_service_temps_plein = row[2]
    # circulars/allegement_rhone_2016.circ:97 valeur plafond_tiers
    plafond_tiers = rt.div(modalites_allegement_service_temps_plein, 3)
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = []
    condition: bool | None = agent_rqth
    if condition is True:
        checklist.append(_DOC_JUSTIFICATIF_HANDICAP)
    elif condition is None:
        checklist.append(_DOC_JUSTIFICATIF_HANDICAP_IF)
    checklist.append(_DOC_CERTIFICATS_MEDICAUX)

    # circulars/allegement_rhone_2016.circ:104 règle allègement_accordé (information)
    applies: bool | None = (
        None if ecole_organisation is None else ecole_organisation in _ECOLE_ORGANISATION_VALUES
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_ALLEGEMENT_ACCORDE,
                rt.Outcome.NOTICE,
                'information',
                "Les nécessités de service fixent la forme de l'allègement : "
                + rt.fmt(modalites_allegement_temps_libere)
                + ', soit '
                + rt.fmt(modalites_allegement_demi_journees_liberees, 'demi-journée(s)')
                + ' par semaine en moyenne, dans la limite du tiers des obligations de service ('
                + rt.fmt(plafond_tiers, 'demi-journée(s)')
                + (
                    ") ; il est accordé pour l'année scolaire 2016-2017 ou une durée inférieure, "
                    'avec une rémunération à temps plein.'
                ),
                (),
            )
        )
    elif applies is False:
        not_applicable.append('allègement_accordé')

    # circulars/allegement_rhone_2016.circ:111 règle non_cumul_tpt (bloquante)
    holds: bool | None = (
        None if agent_temps_partiel_therapeutique is None else not agent_temps_partiel_therapeutique
    )
    if holds is True:
        satisfied.append('non_cumul_tpt')
    else:
        values: tuple[tuple[str, Any], ...] = (
            ('agent.temps_partiel_thérapeutique', agent_temps_partiel_therapeutique),
        )
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_NON_CUMUL_TPT,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "L'allègement de service ne peut pas se cumuler avec un temps partiel "
                        'thérapeutique.'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_NON_CUMUL_TPT,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Non cumulable avec un temps partiel "
                        'thérapeutique.'
                    ),
                    values,
                    missing=('agent.temps_partiel_thérapeutique',),
                )
            )
            undecided = True

    # circulars/allegement_rhone_2016.circ:116 règle temps_partiel_compatible (information)
    applies = demande_temps_partiel_sollicite
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_TEMPS_PARTIEL_COMPATIBLE,
                rt.Outcome.NOTICE,
                'information',
                "Vous sollicitez un temps partiel pour l'année scolaire 2016-2017 (quotité : "
                + rt.fmt(demande_quotite, '%')
                + (
                    ") : l'allègement de service peut être attribué à un agent exerçant ses "
                    'fonctions à temps partiel.'
                ),
                (),
            )
        )
    elif applies is False:
        not_applicable.append('temps_partiel_compatible')

    # circulars/allegement_rhone_2016.circ:122 règle public_prioritaire (avertissement)
    holds = agent_rqth
    if holds is True:
        satisfied.append('public_prioritaire')
    else:
        values = (
            ('agent.rqth', agent_rqth),
            ('agent.traitement_médical_lourd', agent_traitement_medical_lourd),
            ('agent.reprise_après_poste_adapté', agent_reprise_apres_poste_adapte),
            ('agent.congé_longue_maladie', agent_conge_longue_maladie),
            ('agent.congé_longue_durée', agent_conge_longue_duree),
        )
        if holds is False:
            resolved = rt.exception_outcome(
                _RULE_PUBLIC_PRIORITAIRE,
                (
                    (
                        agent_traitement_medical_lourd,
                        'information',
                        'sauf si agent.traitement_médical_lourd',
                    ),
                    (
                        rt.any3(
                            agent_reprise_apres_poste_adapte,
                            agent_conge_longue_maladie,
                            agent_conge_longue_duree,
                        ),
                        'information',
                        (
                            'sauf si agent.reprise_après_poste_adapté ou '
                            'agent.congé_longue_maladie ou agent.congé_longue_durée'
                        ),
                    ),
                ),
            )
            if resolved is not None and resolved[0] == 'indéterminée':
                findings.append(
                    rt.Finding(
                        _RULE_PUBLIC_PRIORITAIRE,
                        rt.Outcome.UNDECIDED,
                        'avertissement',
                        (
                            "À vérifier, faute d'information : Public prioritaire : personnels "
                            'reconnus en situation de handicap.'
                        ),
                        values,
                        missing=rt.unknown(
                            ('agent.traitement_médical_lourd', agent_traitement_medical_lourd)
                        )
                        + rt.missing_any(
                            (
                                agent_reprise_apres_poste_adapte,
                                rt.unknown(
                                    (
                                        'agent.reprise_après_poste_adapté',
                                        agent_reprise_apres_poste_adapte,
                                    )
                                ),
                            ),
                            (
                                agent_conge_longue_maladie,
                                rt.unknown(
                                    ('agent.congé_longue_maladie', agent_conge_longue_maladie)
                                ),
                            ),
                            (
                                agent_conge_longue_duree,
                                rt.unknown(('agent.congé_longue_durée', agent_conge_longue_duree)),
                            ),
                        ),
                    )
                )
            else:
                message = (
                    'Les moyens en allègements étant limités, le dispositif concerne '
                    'prioritairement les personnels reconnus en situation de handicap et, à titre '
                    'exceptionnel, les personnels suivant un traitement ou un suivi médical lourd '
                    "; il peut aussi permettre une reprise d'activité après un poste adapté, un "
                    "congé de longue maladie ou de longue durée. Vous n'avez pas déclaré de "
                    "reconnaissance de votre situation de handicap (RQTH ou carte d'invalidité)."
                )
                if resolved is None:
                    findings.append(
                        rt.Finding(
                            _RULE_PUBLIC_PRIORITAIRE,
                            rt.Outcome.VIOLATED,
                            'avertissement',
                            message,
                            values,
                        )
                    )
                    warned = True
                elif resolved[0] == 'conflit':
                    findings.append(
                        rt.Finding(
                            _RULE_PUBLIC_PRIORITAIRE,
                            rt.Outcome.CONFLICT,
                            'avertissement',
                            message,
                            values,
                            exception=resolved[1],
                        )
                    )
                    warned = True
                elif resolved[0] == 'levée':
                    findings.append(
                        rt.Finding(
                            _RULE_PUBLIC_PRIORITAIRE,
                            rt.Outcome.WAIVED,
                            'information',
                            message,
                            values,
                            exception=resolved[1],
                        )
                    )
                else:
                    findings.append(
                        rt.Finding(
                            _RULE_PUBLIC_PRIORITAIRE,
                            rt.Outcome.VIOLATED,
                            resolved[0],
                            message,
                            values,
                            exception=resolved[1],
                        )
                    )
                    warned = warned or resolved[0] == 'avertissement'
        else:
            findings.append(
                rt.Finding(
                    _RULE_PUBLIC_PRIORITAIRE,
                    rt.Outcome.UNDECIDED,
                    'avertissement',
                    (
                        "À vérifier, faute d'information : Public prioritaire : personnels "
                        'reconnus en situation de handicap.'
                    ),
                    values,
                    missing=('agent.rqth',),
                )
            )

    # circulars/allegement_rhone_2016.circ:129 règle poste_rased (avertissement)
    holds = None if agent_affectation_rased is None else not agent_affectation_rased
    if holds is True:
        satisfied.append('poste_rased')
    else:
        values = (('agent.affectation_rased', agent_affectation_rased),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_POSTE_RASED,
                    rt.Outcome.VIOLATED,
                    'avertissement',
                    (
                        'Votre affectation sur un poste de RASED permet une adaptation plus libre '
                        'des horaires : un aménagement horaire de service sera priorisé plutôt '
                        "qu'un allègement de service."
                    ),
                    values,
                )
            )
            warned = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_POSTE_RASED,
                    rt.Outcome.UNDECIDED,
                    'avertissement',
                    (
                        "À vérifier, faute d'information : Poste de RASED : un aménagement "
                        'horaire est priorisé.'
                    ),
                    values,
                    missing=('agent.affectation_rased',),
                )
            )

    # circulars/allegement_rhone_2016.circ:138 règle délai_dépôt (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot < _DATE_2016_03_01
    if holds is True:
        satisfied.append('délai_dépôt')
    else:
        values = (('demande.date_dépôt', demande_date_depot),)
        if holds is False:
            message = (
                'La demande transmise le '
                + rt.fmt(demande_date_depot)
                + (
                    ' est hors du délai prescrit (avant le 1er mars 2016) : elle ne pourra pas '
                    'être prise en compte.'
                )
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
                    "À vérifier, faute d'information : Demande transmise avant le 1er mars 2016.",
                    values,
                    missing=rt.unknown(('demande.date_dépôt', demande_date_depot)),
                )
            )
            undecided = True

    # circulars/allegement_rhone_2016.circ:143 règle dossier_complet (bloquante)
    holds = rt.all_provided(
        dossier_pieces_fournies,
        (
            (
                agent_rqth,
                'justificatif_handicap',
                (
                    'Attestation de reconnaissance de la qualité de travailleur handicapé (MDPH ou '
                    "MDMPH) ou carte d'invalidité"
                ),
            ),
            (True, 'certificats_médicaux', "Certificats médicaux et tout document d'ordre médical"),
        ),
    )
    if holds is True:
        satisfied.append('dossier_complet')
    else:
        values = (('dossier.pièces_fournies', dossier_pieces_fournies), ('agent.rqth', agent_rqth))
        if holds is False:
            message = (
                'Aucune demande incomplète ne pourra être prise en compte : il manque '
                + rt.fmt(
                    rt.missing_documents(
                        dossier_pieces_fournies,
                        (
                            (
                                agent_rqth,
                                'justificatif_handicap',
                                (
                                    'Attestation de reconnaissance de la qualité de travailleur '
                                    "handicapé (MDPH ou MDMPH) ou carte d'invalidité"
                                ),
                            ),
                            (
                                True,
                                'certificats_médicaux',
                                "Certificats médicaux et tout document d'ordre médical",
                            ),
                        ),
                    )
                )
                + '.'
            )
            findings.append(
                rt.Finding(_RULE_DOSSIER_COMPLET, rt.Outcome.VIOLATED, 'bloquante', message, values)
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DOSSIER_COMPLET,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Dossier complet.",
                    values,
                    missing=rt.unknown(('dossier.pièces_fournies', dossier_pieces_fournies))
                    + rt.missing_each((agent_rqth, rt.unknown(('agent.rqth', agent_rqth)))),
                )
            )
            undecided = True

    # circulars/allegement_rhone_2016.circ:152 règle documents_médicaux_hors_dsden (bloquante)
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
                        'DSDEN du Rhône : retirez-les du formulaire adressé à la DPE-AI et '
                        'adressez-les, sous pli confidentiel, au seul médecin conseiller technique '
                        'de la rectrice.'
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

    # circulars/allegement_rhone_2016.circ:158 règle dispositif_exceptionnel (information)
    findings.append(_NOTICE_DISPOSITIF_EXCEPTIONNEL)

    # circulars/allegement_rhone_2016.circ:164 règle pas_de_renouvellement (information)
    applies = allegement_deja_beneficie
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_PAS_DE_RENOUVELLEMENT,
                rt.Outcome.NOTICE,
                'information',
                "Vous avez déjà bénéficié d'un allègement de service ("
                + rt.fmt(allegement_annees_anterieures)
                + ") : il n'existe aucun droit systématique au renouvellement.",
                (),
            )
        )
    elif applies is False:
        not_applicable.append('pas_de_renouvellement')

    # circulars/allegement_rhone_2016.circ:169 règle type_de_mesure (information)
    applies = rt.or3(agent_materiel_adapte, agent_aide_tierce_personne)
    if applies is True:
        findings.append(_NOTICE_TYPE_DE_MESURE)
    elif applies is False:
        not_applicable.append('type_de_mesure')

    # circulars/allegement_rhone_2016.circ:174 règle durée_des_congés (information)
    applies = rt.any3(
        agent_cmo_2014_2015,
        agent_cmo_2015_2016,
        agent_conge_longue_maladie,
        agent_conge_longue_duree,
    )
    if applies is True:
        findings.append(_NOTICE_DUREE_DES_CONGES)
    elif applies is False:
        not_applicable.append('durée_des_congés')

    # circulars/allegement_rhone_2016.circ:179 règle bonification_mouvement (information)
    applies = agent_participation_mouvement
    if applies is True:
        findings.append(_NOTICE_BONIFICATION_MOUVEMENT)
    elif applies is False:
        not_applicable.append('bonification_mouvement')

    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER),
        checklist=tuple(checklist),
        deadlines=(_DEADLINE_LIMITE_DEPOT,),
        opinions=(_OPINION_AVIS_SUPERIEUR, _OPINION_AVIS_MEDECIN_PREVENTION),
        submissions=(_SUBMISSION,),
        computed={
            'plafond_tiers': plafond_tiers,
            'modalités_allègement.temps_libéré': modalites_allegement_temps_libere,
            (
                'modalités_allègement.demi_journées_libérées'
            ): modalites_allegement_demi_journees_liberees,
            'modalités_allègement.service_temps_plein': modalites_allegement_service_temps_plein,
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_rqth,
        agent_temps_partiel_therapeutique,
        demande_date_depot,
        demande_documents_medicaux_joints,
        _,
        _,
        agent_traitement_medical_lourd,
        agent_reprise_apres_poste_adapte,
        agent_affectation_rased,
        _,
        _,
        _,
        _,
        agent_conge_longue_maladie,
        agent_conge_longue_duree,
        _,
        _,
        _,
        _,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/allegement_rhone_2016.circ:111 règle non_cumul_tpt (bloquante)
    holds: bool | None = (
        None if agent_temps_partiel_therapeutique is None else not agent_temps_partiel_therapeutique
    )
    if holds is False:
        failed.append('non_cumul_tpt')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_rhone_2016.circ:122 règle public_prioritaire (avertissement)
    holds = agent_rqth
    if holds is False:
        resolved = rt.exception_outcome(
            _RULE_PUBLIC_PRIORITAIRE,
            (
                (
                    agent_traitement_medical_lourd,
                    'information',
                    'sauf si agent.traitement_médical_lourd',
                ),
                (
                    rt.any3(
                        agent_reprise_apres_poste_adapte,
                        agent_conge_longue_maladie,
                        agent_conge_longue_duree,
                    ),
                    'information',
                    (
                        'sauf si agent.reprise_après_poste_adapté ou agent.congé_longue_maladie ou '
                        'agent.congé_longue_durée'
                    ),
                ),
            ),
        )
        if resolved is None or resolved[0] == 'conflit' or resolved[0] == 'avertissement':
            failed.append('public_prioritaire')
            warned = True

    # circulars/allegement_rhone_2016.circ:129 règle poste_rased (avertissement)
    holds = None if agent_affectation_rased is None else not agent_affectation_rased
    if holds is False:
        failed.append('poste_rased')
        warned = True

    # circulars/allegement_rhone_2016.circ:138 règle délai_dépôt (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot < _DATE_2016_03_01
    if holds is False:
        failed.append('délai_dépôt')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_rhone_2016.circ:143 règle dossier_complet (bloquante)
    holds = rt.all_provided(
        dossier_pieces_fournies,
        (
            (
                agent_rqth,
                'justificatif_handicap',
                (
                    'Attestation de reconnaissance de la qualité de travailleur handicapé (MDPH ou '
                    "MDMPH) ou carte d'invalidité"
                ),
            ),
            (True, 'certificats_médicaux', "Certificats médicaux et tout document d'ordre médical"),
        ),
    )
    if holds is False:
        failed.append('dossier_complet')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_rhone_2016.circ:152 règle documents_médicaux_hors_dsden (bloquante)
    holds = (
        None if demande_documents_medicaux_joints is None else not demande_documents_medicaux_joints
    )
    if holds is False:
        failed.append('documents_médicaux_hors_dsden')
        refused = True
    elif holds is not True:
        undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
