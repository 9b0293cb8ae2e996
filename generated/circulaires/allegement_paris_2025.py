# Généré par circdsl depuis circulars/allegement_paris_2025.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
"Validateur : Allègement de service pour l'année scolaire 2025-2026 (Rectorat de Paris)."

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='allegement_paris_2025',
    title="Allègement de service pour l'année scolaire 2025-2026",
    authority='Rectorat de Paris',
    reference='24AN0180',
    issued=datetime.date(2024, 11, 13),
    school_year='2025-2026',
    dispositif='Allègement de service',
    source='sources/000_6a117b24d563a1e1.txt',
    file='circulars/allegement_paris_2025.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.statut': "Statut de l'agent",
    'agent.fonction': 'Fonction exercée',
    'agent.degré': "Degré d'enseignement",
    'agent.ors_heures': 'Obligations réglementaires de service hebdomadaires (heures)',
    'agent.ors_demi_journées': (
        'Obligations réglementaires de service hebdomadaires (demi-journées)'
    ),
    'agent.rqth': (
        "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
        'invalidité »...)'
    ),
    'agent.temps_partiel_thérapeutique': (
        "L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique"
    ),
    'agent.fonctions_direction': "L'agent exerce des fonctions de direction",
    'agent.heures_supplémentaires': "L'agent bénéficie d'heures supplémentaires (HSA ou HSE)",
    'agent.mission_particulière': "L'agent exerce une mission particulière rémunérée par une IMP",
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'allègement_heures': 'Allègement demandé (heures hebdomadaires)',
    'allègement_demi_journées': 'Allègement demandé (demi-journées hebdomadaires)',
    'situation_exceptionnelle_médicale': (
        'Situation exceptionnelle médicalement justifiée (dépôt tardif)'
    ),
}
_FACT_ORDER: dict[str, int] = {
    'agent.statut': 0,
    'agent.fonction': 1,
    'agent.degré': 2,
    'agent.ors_heures': 3,
    'agent.ors_demi_journées': 4,
    'agent.rqth': 5,
    'agent.temps_partiel_thérapeutique': 6,
    'agent.fonctions_direction': 7,
    'agent.heures_supplémentaires': 8,
    'agent.mission_particulière': 9,
    'demande.date_dépôt': 10,
    'allègement_heures': 11,
    'allègement_demi_journées': 12,
    'situation_exceptionnelle_médicale': 13,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'certificat_médical': (), 'courrier_difficultés': (), 'justificatif_handicap': ('agent.rqth',)
}
_AGENT_FONCTION_VALUES = frozenset({'enseignement', 'orientation', 'éducation'})
_DATE_2025_01_13 = datetime.date(2025, 1, 13)
_SERVICE_SMFP = rt.Recipient(
    'smfp',
    'Service de médecine en faveur des personnels (SMFP)',
    True,
    (
        'Service de médecine en faveur des personnels (SMFP) – Allègement de service – Rectorat de '
        'Paris – 12, Boulevard d’Indochine - CS 40 049 - 75933 Paris Cedex 19'
    ),
)
_CITE_CERTIFICAT_MEDICAL = rt.Citation(
    (
        'un certificat médical explicite, récent et détaillé, dans lequel seront précisés, '
        'notamment, le ou les diagnostics, le retentissement fonctionnel de la pathologie (ou du '
        'handicap) sur la vie professionnelle, leurs aspects évolutifs ou non, les traitements '
        'éventuels'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    106,
)
_CITE_CERTIFICAT_MEDICAL_2 = rt.Citation(
    (
        'l’agent doit obligatoirement transmettre les pièces suivantes, par la voie postale et '
        'sous pli confidentiel, au service médical en faveur des personnels'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    101,
)
_DOC_CERTIFICAT_MEDICAL = rt.ChecklistItem(
    'certificat_médical',
    'Certificat médical explicite, récent et détaillé',
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_SMFP,)),),
    (
        'Il précise notamment le ou les diagnostics, le retentissement fonctionnel de la '
        'pathologie (ou du handicap) sur la vie professionnelle, leurs aspects évolutifs ou non, '
        'les traitements éventuels.'
    ),
    (_CITE_CERTIFICAT_MEDICAL, _CITE_CERTIFICAT_MEDICAL_2),
)
_CITE_COURRIER_DIFFICULTES = rt.Citation(
    'un courrier expliquant les difficultés rencontrées.', 'sources/000_6a117b24d563a1e1.txt', 111
)
_DOC_COURRIER_DIFFICULTES = rt.ChecklistItem(
    'courrier_difficultés',
    'Courrier expliquant les difficultés rencontrées',
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_SMFP,)),),
    None,
    (_CITE_COURRIER_DIFFICULTES, _CITE_CERTIFICAT_MEDICAL_2),
)
_SERVICE_CORRESPONDANT_HANDICAP = rt.Recipient(
    'correspondant_handicap', 'Correspondante handicap académique', False, None
)
_CITE_JUSTIFICATIF_HANDICAP = rt.Citation(
    (
        'C’est l’état de santé qui est pris en considération pour déterminer la mise en œuvre de '
        'l’allègement.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    96,
)
_CITE_JUSTIFICATIF_HANDICAP_2 = rt.Citation(
    (
        'La qualité de bénéficiaire de l’obligation d’emploi (BOE) engendrée par une situation de '
        'handicap n’est donc pas requise.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    96,
)
_CITE_JUSTIFICATIF_HANDICAP_3 = rt.Citation(
    (
        'l’agent qui dispose d’un justificatif de sa situation de handicap (RQTH, carte mobilité '
        'inclusion « invalidité » …) est invité à le déposer sur Colibris.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    98,
)
_DOC_JUSTIFICATIF_HANDICAP = rt.ChecklistItem(
    'justificatif_handicap',
    'Justificatif de situation de handicap (RQTH, carte mobilité inclusion « invalidité »...)',
    'facultative',
    None,
    False,
    True,
    (rt.Delivery('en ligne', False, (_SERVICE_CORRESPONDANT_HANDICAP, _SERVICE_SMFP)),),
    (
        "C'est l'état de santé qui est pris en considération : la qualité de bénéficiaire de "
        "l'obligation d'emploi n'est pas requise. L'agent qui dispose d'un justificatif est "
        'invité à le déposer sur Colibris.'
    ),
    (_CITE_JUSTIFICATIF_HANDICAP, _CITE_JUSTIFICATIF_HANDICAP_2, _CITE_JUSTIFICATIF_HANDICAP_3),
)
_DOC_JUSTIFICATIF_HANDICAP_IF = rt.ChecklistItem(
    'justificatif_handicap',
    'Justificatif de situation de handicap (RQTH, carte mobilité inclusion « invalidité »...)',
    'facultative si …',
    'agent.rqth',
    False,
    True,
    (rt.Delivery('en ligne', False, (_SERVICE_CORRESPONDANT_HANDICAP, _SERVICE_SMFP)),),
    (
        "C'est l'état de santé qui est pris en considération : la qualité de bénéficiaire de "
        "l'obligation d'emploi n'est pas requise. L'agent qui dispose d'un justificatif est "
        'invité à le déposer sur Colibris.'
    ),
    (_CITE_JUSTIFICATIF_HANDICAP, _CITE_JUSTIFICATIF_HANDICAP_2, _CITE_JUSTIFICATIF_HANDICAP_3),
)
_CITE_TITULAIRE = rt.Citation(
    (
        'Publics concernés : les personnels enseignants titulaires exerçant dans le premier et le '
        'second degrés et les personnels d’éducation et d’orientation titulaires'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    46,
)
_RULE_TITULAIRE = rt.RuleInfo(
    'titulaire',
    'Public concerné : personnels titulaires',
    'bloquante',
    (_CITE_TITULAIRE,),
    'circulars/allegement_paris_2025.circ:45',
)
_RULE_FONCTION_CONCERNEE = rt.RuleInfo(
    'fonction_concernée',
    "Public concerné : enseignants, personnels d'éducation et d'orientation",
    'bloquante',
    (_CITE_TITULAIRE,),
    'circulars/allegement_paris_2025.circ:50',
)
_CITE_PLAFOND_TIERS_DEMI_JOURNEES = rt.Citation(
    'L’allègement porte, au maximum, sur le tiers des ORS.', 'sources/000_6a117b24d563a1e1.txt', 72
)
_RULE_PLAFOND_TIERS_DEMI_JOURNEES = rt.RuleInfo(
    'plafond_tiers_demi_journées',
    'Au plus le tiers des ORS (premier degré)',
    'bloquante',
    (_CITE_PLAFOND_TIERS_DEMI_JOURNEES,),
    'circulars/allegement_paris_2025.circ:56',
)
_CITE_DEMI_JOURNEES_ENTIERES = rt.Citation(
    'Pour le premier degré, la durée correspond à un nombre entier de demi-journées hebdomadaires.',
    'sources/000_6a117b24d563a1e1.txt',
    74,
)
_RULE_DEMI_JOURNEES_ENTIERES = rt.RuleInfo(
    'demi_journées_entières',
    'Nombre entier de demi-journées (premier degré)',
    'bloquante',
    (_CITE_DEMI_JOURNEES_ENTIERES,),
    'circulars/allegement_paris_2025.circ:62',
)
_RULE_PLAFOND_TIERS_HEURES = rt.RuleInfo(
    'plafond_tiers_heures',
    'Au plus le tiers des ORS (second degré, éducation, orientation)',
    'bloquante',
    (_CITE_PLAFOND_TIERS_DEMI_JOURNEES,),
    'circulars/allegement_paris_2025.circ:68',
)
_CITE_HEURES_ENTIERES = rt.Citation(
    'Pour le second degré, la durée correspond à un nombre entier d’heures hebdomadaires.',
    'sources/000_6a117b24d563a1e1.txt',
    76,
)
_RULE_HEURES_ENTIERES = rt.RuleInfo(
    'heures_entières',
    "Nombre entier d'heures (second degré)",
    'bloquante',
    (_CITE_HEURES_ENTIERES,),
    'circulars/allegement_paris_2025.circ:74',
)
_CITE_NON_CUMUL_TPT = rt.Citation(
    'Ce dispositif n’est pas cumulable avec le temps partiel thérapeutique.',
    'sources/000_6a117b24d563a1e1.txt',
    83,
)
_RULE_NON_CUMUL_TPT = rt.RuleInfo(
    'non_cumul_tpt',
    'Non cumulable avec le temps partiel thérapeutique',
    'bloquante',
    (_CITE_NON_CUMUL_TPT,),
    'circulars/allegement_paris_2025.circ:81',
)
_CITE_INCOMPATIBLE_DIRECTION = rt.Citation(
    'Il est également incompatible avec l’exercice de fonctions de direction',
    'sources/000_6a117b24d563a1e1.txt',
    83,
)
_RULE_INCOMPATIBLE_DIRECTION = rt.RuleInfo(
    'incompatible_direction',
    'Incompatible avec des fonctions de direction',
    'bloquante',
    (_CITE_INCOMPATIBLE_DIRECTION,),
    'circulars/allegement_paris_2025.circ:86',
)
_CITE_INCOMPATIBLE_HEURES_SUPPLEMENTAIRES = rt.Citation(
    'le bénéfice d’heures supplémentaires (HSE ou HSA)', 'sources/000_6a117b24d563a1e1.txt', 84
)
_RULE_INCOMPATIBLE_HEURES_SUPPLEMENTAIRES = rt.RuleInfo(
    'incompatible_heures_supplémentaires',
    'Incompatible avec des heures supplémentaires',
    'bloquante',
    (_CITE_INCOMPATIBLE_HEURES_SUPPLEMENTAIRES,),
    'circulars/allegement_paris_2025.circ:91',
)
_CITE_INCOMPATIBLE_IMP = rt.Citation(
    'toute mission particulière (IMP)', 'sources/000_6a117b24d563a1e1.txt', 84
)
_RULE_INCOMPATIBLE_IMP = rt.RuleInfo(
    'incompatible_imp',
    'Incompatible avec une mission particulière (IMP)',
    'bloquante',
    (_CITE_INCOMPATIBLE_IMP,),
    'circulars/allegement_paris_2025.circ:96',
)
_CITE_DELAI_DEPOT = rt.Citation(
    (
        'Sauf situation exceptionnelle médicalement justifiée, les dossiers ne seront pas examinés '
        'après cette date.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    121,
)
_RULE_DELAI_DEPOT = rt.RuleInfo(
    'délai_dépôt',
    'Dépôt au plus tard le 13 janvier 2025',
    'bloquante',
    (_CITE_DELAI_DEPOT,),
    'circulars/allegement_paris_2025.circ:111',
)
_CITE_MESURE_EXCEPTIONNELLE = rt.Citation(
    (
        'L’allègement de service est une mesure exceptionnelle accordée en raison de l’état de '
        'santé de l’agent.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    68,
)
_CITE_MESURE_EXCEPTIONNELLE_2 = rt.Citation(
    (
        'Elle vise à permettre le maintien en activité des personnels titulaires enseignants du '
        'premier et du second degrés et des personnels titulaires d’éducation et d’orientation.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    69,
)
_CITE_MESURE_EXCEPTIONNELLE_3 = rt.Citation(
    (
        'Elle se traduit par une diminution des obligations réglementaires de service (ORS) avec '
        'maintien de l’intégralité du traitement.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    70,
)
_CITE_MESURE_EXCEPTIONNELLE_4 = rt.Citation(
    "Il ne peut être envisagé comme une compensation d'un handicap pérenne.",
    'sources/000_6a117b24d563a1e1.txt',
    78,
)
_RULE_MESURE_EXCEPTIONNELLE = rt.RuleInfo(
    'mesure_exceptionnelle',
    "Mesure exceptionnelle liée à l'état de santé",
    'information',
    (
        _CITE_MESURE_EXCEPTIONNELLE,
        _CITE_MESURE_EXCEPTIONNELLE_2,
        _CITE_MESURE_EXCEPTIONNELLE_3,
        _CITE_MESURE_EXCEPTIONNELLE_4,
    ),
    'circulars/allegement_paris_2025.circ:118',
)
_NOTICE_MESURE_EXCEPTIONNELLE = rt.Finding(
    _RULE_MESURE_EXCEPTIONNELLE,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'allègement de service est une mesure exceptionnelle accordée en raison de l'état de "
        "santé : il diminue les ORS avec maintien de l'intégralité du traitement, et ne peut pas "
        'compenser un handicap pérenne.'
    ),
    (),
)
_CITE_MESURE_TEMPORAIRE = rt.Citation(
    "L'allègement de service est un accompagnement mis en œuvre dans un temps limité.",
    'sources/000_6a117b24d563a1e1.txt',
    78,
)
_CITE_MESURE_TEMPORAIRE_2 = rt.Citation(
    'L’allègement de service est accordé, selon les cas, pour l’année scolaire.',
    'sources/000_6a117b24d563a1e1.txt',
    79,
)
_CITE_MESURE_TEMPORAIRE_3 = rt.Citation(
    (
        "Il est ainsi attribué au titre d'une année scolaire et n'est pas reconduit de manière "
        'automatique.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    80,
)
_RULE_MESURE_TEMPORAIRE = rt.RuleInfo(
    'mesure_temporaire',
    'Mesure limitée dans le temps, non reconduite automatiquement',
    'information',
    (_CITE_MESURE_TEMPORAIRE, _CITE_MESURE_TEMPORAIRE_2, _CITE_MESURE_TEMPORAIRE_3),
    'circulars/allegement_paris_2025.circ:125',
)
_NOTICE_MESURE_TEMPORAIRE = rt.Finding(
    _RULE_MESURE_TEMPORAIRE,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'allègement est un accompagnement limité dans le temps, accordé selon les cas pour "
        "l'année scolaire : il est attribué au titre d'une année scolaire et n'est pas "
        'reconduit de manière automatique ; une nouvelle demande est nécessaire chaque année.'
    ),
    (),
)
_CITE_CONTINGENT = rt.Citation(
    (
        'en tenant compte de la limite du contingent de supports réservés par l’académie pour ce '
        'dispositif'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    118,
)
_RULE_CONTINGENT = rt.RuleInfo(
    'contingent',
    'Examen dans la limite du contingent académique',
    'information',
    (_CITE_CONTINGENT,),
    'circulars/allegement_paris_2025.circ:131',
)
_NOTICE_CONTINGENT = rt.Finding(
    _RULE_CONTINGENT,
    rt.Outcome.NOTICE,
    'information',
    (
        "La demande est examinée dans la limite du contingent de supports réservés par l'académie "
        'pour ce dispositif.'
    ),
    (),
)
_CITE_LIMITE_DEPOT = rt.Citation(
    'La date limite de dépôt des demandes d’allègement est fixée au 13 janvier 2025.',
    'sources/000_6a117b24d563a1e1.txt',
    65,
)
_DEADLINE_LIMITE_DEPOT = rt.DeadlineInfo(
    'limite_dépôt',
    "Date limite de dépôt des demandes d'allègement",
    _DATE_2025_01_13,
    True,
    (_CITE_LIMITE_DEPOT,),
)
_SERVICE_SUPERIEUR_HIERARCHIQUE = rt.Recipient(
    'supérieur_hiérarchique', "Supérieur hiérarchique de l'agent", False, None
)
_CITE_SUPERIEUR = rt.Citation(
    'Le supérieur hiérarchique doit obligatoirement formuler un avis en se connectant à Colibris.',
    'sources/000_6a117b24d563a1e1.txt',
    94,
)
_OPINION_SUPERIEUR = rt.OpinionInfo(
    'supérieur',
    'Avis du supérieur hiérarchique, formulé sur Colibris',
    'obligatoire',
    _SERVICE_SUPERIEUR_HIERARCHIQUE,
    (_CITE_SUPERIEUR,),
)
_CITE_DEMANDE = rt.Citation(
    (
        'La demande d’allègement doit être formalisée en remplissant un formulaire en ligne via '
        'l’application Colibris à l’adresse suivante :'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    87,
)
_CITE_DEMANDE_2 = rt.Citation(
    (
        'Elle est réceptionnée par la correspondante handicap et par le service de médecine en '
        'faveur des personnels.'
    ),
    'sources/000_6a117b24d563a1e1.txt',
    92,
)
_SUBMISSION = rt.SubmissionInfo(
    "Formulaire en ligne sur l'application Colibris",
    (rt.Delivery('en ligne', False, (_SERVICE_CORRESPONDANT_HANDICAP, _SERVICE_SMFP)),),
    'https://portail-paris.colibris.education.gouv.fr/',
    (_CITE_DEMANDE, _CITE_DEMANDE_2),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/commun.circ:8
    agent_statut: Literal['titulaire', 'stagiaire', 'contractuel'] | None = Field(
        default=None, alias='agent.statut', title="Statut de l'agent"
    )
    # circulars/commun.circ:14
    agent_fonction: Literal[
        'enseignement', 'éducation', 'orientation', 'administratif'
    ] | None = Field(default=None, alias='agent.fonction', title='Fonction exercée')
    # circulars/commun.circ:21
    agent_degre: Literal['premier', 'second'] | None = Field(
        default=None, alias='agent.degré', title="Degré d'enseignement"
    )
    # circulars/commun.circ:26
    agent_ors_heures: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='agent.ors_heures',
        title='Obligations réglementaires de service hebdomadaires (heures)',
    )
    # circulars/commun.circ:28
    agent_ors_demi_journees: Annotated[Decimal, Field(ge=0, le=12)] | None = Field(
        default=None,
        alias='agent.ors_demi_journées',
        title='Obligations réglementaires de service hebdomadaires (demi-journées)',
    )
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
    # circulars/commun.circ:34
    agent_fonctions_direction: bool | None = Field(
        default=None,
        alias='agent.fonctions_direction',
        title="L'agent exerce des fonctions de direction",
    )
    # circulars/commun.circ:36
    agent_heures_supplementaires: bool | None = Field(
        default=None,
        alias='agent.heures_supplémentaires',
        title="L'agent bénéficie d'heures supplémentaires (HSA ou HSE)",
    )
    # circulars/commun.circ:38
    agent_mission_particuliere: bool | None = Field(
        default=None,
        alias='agent.mission_particulière',
        title="L'agent exerce une mission particulière rémunérée par une IMP",
    )
    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(
        default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande'
    )
    # circulars/allegement_paris_2025.circ:17
    allegement_heures: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None, alias='allègement_heures', title='Allègement demandé (heures hebdomadaires)'
    )
    # circulars/allegement_paris_2025.circ:18
    allegement_demi_journees: Annotated[Decimal, Field(ge=0, le=12)] | None = Field(
        default=None,
        alias='allègement_demi_journées',
        title='Allègement demandé (demi-journées hebdomadaires)',
    )
    # circulars/allegement_paris_2025.circ:19
    situation_exceptionnelle_medicale: bool | None = Field(
        default=None,
        alias='situation_exceptionnelle_médicale',
        title='Situation exceptionnelle médicalement justifiée (dépôt tardif)',
    )

    french_fields: ClassVar[dict[str, str]] = {
        'agent.ors_heures': 'number',
        'agent_ors_heures': 'number',
        'agent.ors_demi_journées': 'number',
        'agent_ors_demi_journees': 'number',
        'agent.rqth': 'boolean',
        'agent_rqth': 'boolean',
        'agent.temps_partiel_thérapeutique': 'boolean',
        'agent_temps_partiel_therapeutique': 'boolean',
        'agent.fonctions_direction': 'boolean',
        'agent_fonctions_direction': 'boolean',
        'agent.heures_supplémentaires': 'boolean',
        'agent_heures_supplementaires': 'boolean',
        'agent.mission_particulière': 'boolean',
        'agent_mission_particuliere': 'boolean',
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'allègement_heures': 'number',
        'allegement_heures': 'number',
        'allègement_demi_journées': 'number',
        'allegement_demi_journees': 'number',
        'situation_exceptionnelle_médicale': 'boolean',
        'situation_exceptionnelle_medicale': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'agent.ors_heures': 'heures',
        'agent_ors_heures': 'heures',
        'agent.ors_demi_journées': 'demi-journées',
        'agent_ors_demi_journees': 'demi-journées',
        'allègement_heures': 'heures',
        'allegement_heures': 'heures',
        'allègement_demi_journées': 'demi-journées',
        'allegement_demi_journees': 'demi-journées',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_STATUT = rt.plain_reader(Facts, 'agent.statut')
_READ_AGENT_FONCTION = rt.plain_reader(Facts, 'agent.fonction')
_READ_AGENT_DEGRE = rt.plain_reader(Facts, 'agent.degré')
_READ_AGENT_ORS_HEURES = rt.plain_reader(Facts, 'agent.ors_heures')
_READ_AGENT_ORS_DEMI_JOURNEES = rt.plain_reader(Facts, 'agent.ors_demi_journées')
_READ_AGENT_RQTH = rt.plain_reader(Facts, 'agent.rqth')
_READ_AGENT_TEMPS_PARTIEL_THERAPEUTIQUE = rt.plain_reader(
    Facts, 'agent.temps_partiel_thérapeutique'
)
_READ_AGENT_FONCTIONS_DIRECTION = rt.plain_reader(Facts, 'agent.fonctions_direction')
_READ_AGENT_HEURES_SUPPLEMENTAIRES = rt.plain_reader(Facts, 'agent.heures_supplémentaires')
_READ_AGENT_MISSION_PARTICULIERE = rt.plain_reader(Facts, 'agent.mission_particulière')
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_ALLEGEMENT_HEURES = rt.plain_reader(Facts, 'allègement_heures')
_READ_ALLEGEMENT_DEMI_JOURNEES = rt.plain_reader(Facts, 'allègement_demi_journées')
_READ_SITUATION_EXCEPTIONNELLE_MEDICALE = rt.plain_reader(
    Facts, 'situation_exceptionnelle_médicale'
)


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal['titulaire', 'stagiaire', 'contractuel'] | None,
    Literal['enseignement', 'éducation', 'orientation', 'administratif'] | None,
    Literal['premier', 'second'] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=12)] | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    datetime.date | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=12)] | None,
    bool | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            agent_statut = situation.get('agent.statut')
            if agent_statut is not None:
                agent_statut = _READ_AGENT_STATUT(agent_statut)
            agent_fonction = situation.get('agent.fonction')
            if agent_fonction is not None:
                agent_fonction = _READ_AGENT_FONCTION(agent_fonction)
            agent_degre = situation.get('agent.degré')
            if agent_degre is not None:
                agent_degre = _READ_AGENT_DEGRE(agent_degre)
            agent_ors_heures = situation.get('agent.ors_heures')
            if agent_ors_heures is not None:
                agent_ors_heures = _READ_AGENT_ORS_HEURES(agent_ors_heures)
            agent_ors_demi_journees = situation.get('agent.ors_demi_journées')
            if agent_ors_demi_journees is not None:
                agent_ors_demi_journees = _READ_AGENT_ORS_DEMI_JOURNEES(agent_ors_demi_journees)
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
            agent_fonctions_direction = situation.get('agent.fonctions_direction')
            if (
                agent_fonctions_direction is not None
                and type(agent_fonctions_direction) is not bool
            ):
                agent_fonctions_direction = (
                    _READ_AGENT_FONCTIONS_DIRECTION(agent_fonctions_direction)
                )
            agent_heures_supplementaires = situation.get('agent.heures_supplémentaires')
            if (
                agent_heures_supplementaires is not None
                and type(agent_heures_supplementaires) is not bool
            ):
                agent_heures_supplementaires = (
                    _READ_AGENT_HEURES_SUPPLEMENTAIRES(agent_heures_supplementaires)
                )
            agent_mission_particuliere = situation.get('agent.mission_particulière')
            if (
                agent_mission_particuliere is not None
                and type(agent_mission_particuliere) is not bool
            ):
                agent_mission_particuliere = (
                    _READ_AGENT_MISSION_PARTICULIERE(agent_mission_particuliere)
                )
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            allegement_heures = situation.get('allègement_heures')
            if allegement_heures is not None:
                allegement_heures = _READ_ALLEGEMENT_HEURES(allegement_heures)
            allegement_demi_journees = situation.get('allègement_demi_journées')
            if allegement_demi_journees is not None:
                allegement_demi_journees = _READ_ALLEGEMENT_DEMI_JOURNEES(allegement_demi_journees)
            situation_exceptionnelle_medicale = situation.get('situation_exceptionnelle_médicale')
            if (
                situation_exceptionnelle_medicale is not None
                and type(situation_exceptionnelle_medicale) is not bool
            ):
                situation_exceptionnelle_medicale = (
                    _READ_SITUATION_EXCEPTIONNELLE_MEDICALE(situation_exceptionnelle_medicale)
                )
            return (
                agent_statut,
                agent_fonction,
                agent_degre,
                agent_ors_heures,
                agent_ors_demi_journees,
                agent_rqth,
                agent_temps_partiel_therapeutique,
                agent_fonctions_direction,
                agent_heures_supplementaires,
                agent_mission_particuliere,
                demande_date_depot,
                allegement_heures,
                allegement_demi_journees,
                situation_exceptionnelle_medicale,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_statut,
        facts.agent_fonction,
        facts.agent_degre,
        facts.agent_ors_heures,
        facts.agent_ors_demi_journees,
        facts.agent_rqth,
        facts.agent_temps_partiel_therapeutique,
        facts.agent_fonctions_direction,
        facts.agent_heures_supplementaires,
        facts.agent_mission_particuliere,
        facts.demande_date_depot,
        facts.allegement_heures,
        facts.allegement_demi_journees,
        facts.situation_exceptionnelle_medicale,
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_statut,
        agent_fonction,
        agent_degre,
        agent_ors_heures,
        agent_ors_demi_journees,
        agent_rqth,
        agent_temps_partiel_therapeutique,
        agent_fonctions_direction,
        agent_heures_supplementaires,
        agent_mission_particuliere,
        demande_date_depot,
        allegement_heures,
        allegement_demi_journees,
        situation_exceptionnelle_medicale,
    ) = _read_situation(situation)
    # circulars/allegement_paris_2025.circ:38 valeur plafond_heures
    plafond_heures = rt.div(agent_ors_heures, 3)
    # circulars/allegement_paris_2025.circ:41 valeur plafond_demi_journées
    plafond_demi_journees = rt.div(agent_ors_demi_journees, 3)
    # tested by 2 rules
    shared_1 = rt.and3(
        (None if agent_fonction is None else agent_fonction == 'enseignement'),
        (None if agent_degre is None else agent_degre == 'premier'),
    )
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = [_DOC_CERTIFICAT_MEDICAL, _DOC_COURRIER_DIFFICULTES]
    condition: bool | None = agent_rqth
    if condition is True:
        checklist.append(_DOC_JUSTIFICATIF_HANDICAP)
    elif condition is None:
        checklist.append(_DOC_JUSTIFICATIF_HANDICAP_IF)

    # circulars/allegement_paris_2025.circ:45 règle titulaire (bloquante)
    holds: bool | None = None if agent_statut is None else agent_statut == 'titulaire'
    if holds is True:
        satisfied.append('titulaire')
    else:
        values: tuple[tuple[str, Any], ...] = (('agent.statut', agent_statut),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_TITULAIRE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    "L'allègement de service est réservé aux personnels titulaires.",
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_TITULAIRE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Public concerné : personnels titulaires.",
                    values,
                    missing=('agent.statut',),
                )
            )
            undecided = True

    # circulars/allegement_paris_2025.circ:50 règle fonction_concernée (bloquante)
    holds = None if agent_fonction is None else agent_fonction in _AGENT_FONCTION_VALUES
    if holds is True:
        satisfied.append('fonction_concernée')
    else:
        values = (('agent.fonction', agent_fonction),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_FONCTION_CONCERNEE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "L'allègement de service concerne les personnels enseignants du premier "
                        "et du second degrés et les personnels d'éducation et d'orientation."
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_FONCTION_CONCERNEE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Public concerné : enseignants, "
                        "personnels d'éducation et d'orientation."
                    ),
                    values,
                    missing=('agent.fonction',),
                )
            )
            undecided = True

    # circulars/allegement_paris_2025.circ:56 règle plafond_tiers_demi_journées (bloquante)
    applies: bool | None = shared_1
    if applies is False:
        not_applicable.append('plafond_tiers_demi_journées')
    else:
        holds = (
            None
            if allegement_demi_journees is None or plafond_demi_journees is None
            else allegement_demi_journees <= plafond_demi_journees
        )
        if holds is True:
            satisfied.append('plafond_tiers_demi_journées')
        else:
            values = (
                ('agent.fonction', agent_fonction),
                ('agent.degré', agent_degre),
                ('allègement_demi_journées', allegement_demi_journees),
                ('agent.ors_demi_journées', agent_ors_demi_journees),
                ('plafond_demi_journées', plafond_demi_journees),
            )
            if holds is False and applies is True:
                message = (
                    "L'allègement demandé ("
                    + rt.fmt(allegement_demi_journees, 'demi-journée(s)')
                    + ') dépasse le tiers des ORS ('
                    + rt.fmt(plafond_demi_journees, 'demi-journée(s)')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PLAFOND_TIERS_DEMI_JOURNEES,
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
                        _RULE_PLAFOND_TIERS_DEMI_JOURNEES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Au plus le tiers des ORS (premier "
                            'degré).'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if agent_fonction is None
                                    else agent_fonction == 'enseignement'
                                ),
                                rt.unknown(('agent.fonction', agent_fonction)),
                                (None if agent_degre is None else agent_degre == 'premier'),
                                rt.unknown(('agent.degré', agent_degre)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('allègement_demi_journées', allegement_demi_journees),
                                ('agent.ors_demi_journées', agent_ors_demi_journees),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/allegement_paris_2025.circ:62 règle demi_journées_entières (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('demi_journées_entières')
    else:
        holds = rt.is_whole(allegement_demi_journees)
        if holds is True:
            satisfied.append('demi_journées_entières')
        else:
            values = (
                ('agent.fonction', agent_fonction),
                ('agent.degré', agent_degre),
                ('allègement_demi_journées', allegement_demi_journees),
            )
            if holds is False and applies is True:
                message = (
                    (
                        "Au premier degré, l'allègement correspond à un nombre entier de "
                        'demi-journées hebdomadaires ('
                    )
                    + rt.fmt(allegement_demi_journees, 'demi-journée(s)')
                    + ' demandées).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DEMI_JOURNEES_ENTIERES,
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
                        _RULE_DEMI_JOURNEES_ENTIERES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Nombre entier de demi-journées "
                            '(premier degré).'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if agent_fonction is None
                                    else agent_fonction == 'enseignement'
                                ),
                                rt.unknown(('agent.fonction', agent_fonction)),
                                (None if agent_degre is None else agent_degre == 'premier'),
                                rt.unknown(('agent.degré', agent_degre)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(('allègement_demi_journées', allegement_demi_journees))
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/allegement_paris_2025.circ:68 règle plafond_tiers_heures (bloquante)
    applies = rt.not3(
        rt.and3(
            (None if agent_fonction is None else agent_fonction == 'enseignement'),
            (None if agent_degre is None else agent_degre == 'premier'),
        )
    )
    if applies is False:
        not_applicable.append('plafond_tiers_heures')
    else:
        holds = (
            None
            if allegement_heures is None or plafond_heures is None
            else allegement_heures <= plafond_heures
        )
        if holds is True:
            satisfied.append('plafond_tiers_heures')
        else:
            values = (
                ('agent.fonction', agent_fonction),
                ('agent.degré', agent_degre),
                ('allègement_heures', allegement_heures),
                ('agent.ors_heures', agent_ors_heures),
                ('plafond_heures', plafond_heures),
            )
            if holds is False and applies is True:
                message = (
                    "L'allègement demandé ("
                    + rt.fmt(allegement_heures, 'h')
                    + ') dépasse le tiers des ORS ('
                    + rt.fmt(plafond_heures, 'h')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PLAFOND_TIERS_HEURES,
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
                        _RULE_PLAFOND_TIERS_HEURES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Au plus le tiers des ORS (second "
                            'degré, éducation, orientation).'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if agent_fonction is None
                                    else agent_fonction == 'enseignement'
                                ),
                                rt.unknown(('agent.fonction', agent_fonction)),
                                (None if agent_degre is None else agent_degre == 'premier'),
                                rt.unknown(('agent.degré', agent_degre)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('allègement_heures', allegement_heures),
                                ('agent.ors_heures', agent_ors_heures),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/allegement_paris_2025.circ:74 règle heures_entières (bloquante)
    applies = rt.and3(
        (None if agent_fonction is None else agent_fonction == 'enseignement'),
        (None if agent_degre is None else agent_degre == 'second'),
    )
    if applies is False:
        not_applicable.append('heures_entières')
    else:
        holds = rt.is_whole(allegement_heures)
        if holds is True:
            satisfied.append('heures_entières')
        else:
            values = (
                ('agent.fonction', agent_fonction),
                ('agent.degré', agent_degre),
                ('allègement_heures', allegement_heures),
            )
            if holds is False and applies is True:
                message = (
                    (
                        "Au second degré, l'allègement correspond à un nombre entier d'heures "
                        'hebdomadaires ('
                    )
                    + rt.fmt(allegement_heures, 'h')
                    + ' demandées).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_HEURES_ENTIERES, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_HEURES_ENTIERES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : Nombre entier d'heures (second degré).",
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if agent_fonction is None
                                    else agent_fonction == 'enseignement'
                                ),
                                rt.unknown(('agent.fonction', agent_fonction)),
                                (None if agent_degre is None else agent_degre == 'second'),
                                rt.unknown(('agent.degré', agent_degre)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(('allègement_heures', allegement_heures))
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/allegement_paris_2025.circ:81 règle non_cumul_tpt (bloquante)
    holds = (
        None if agent_temps_partiel_therapeutique is None else not agent_temps_partiel_therapeutique
    )
    if holds is True:
        satisfied.append('non_cumul_tpt')
    else:
        values = (('agent.temps_partiel_thérapeutique', agent_temps_partiel_therapeutique),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_NON_CUMUL_TPT,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "L'allègement de service n'est pas cumulable avec le temps partiel "
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
                        "À vérifier, faute d'information : Non cumulable avec le temps partiel "
                        'thérapeutique.'
                    ),
                    values,
                    missing=('agent.temps_partiel_thérapeutique',),
                )
            )
            undecided = True

    # circulars/allegement_paris_2025.circ:86 règle incompatible_direction (bloquante)
    holds = None if agent_fonctions_direction is None else not agent_fonctions_direction
    if holds is True:
        satisfied.append('incompatible_direction')
    else:
        values = (('agent.fonctions_direction', agent_fonctions_direction),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_INCOMPATIBLE_DIRECTION,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "L'allègement de service est incompatible avec l'exercice de fonctions "
                        'de direction.'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_INCOMPATIBLE_DIRECTION,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Incompatible avec des fonctions de "
                        'direction.'
                    ),
                    values,
                    missing=('agent.fonctions_direction',),
                )
            )
            undecided = True

    # circulars/allegement_paris_2025.circ:91 règle incompatible_heures_supplémentaires (bloquante)
    holds = None if agent_heures_supplementaires is None else not agent_heures_supplementaires
    if holds is True:
        satisfied.append('incompatible_heures_supplémentaires')
    else:
        values = (('agent.heures_supplémentaires', agent_heures_supplementaires),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_INCOMPATIBLE_HEURES_SUPPLEMENTAIRES,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "L'allègement de service est incompatible avec le bénéfice d'heures "
                        'supplémentaires (HSA ou HSE).'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_INCOMPATIBLE_HEURES_SUPPLEMENTAIRES,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Incompatible avec des heures "
                        'supplémentaires.'
                    ),
                    values,
                    missing=('agent.heures_supplémentaires',),
                )
            )
            undecided = True

    # circulars/allegement_paris_2025.circ:96 règle incompatible_imp (bloquante)
    holds = None if agent_mission_particuliere is None else not agent_mission_particuliere
    if holds is True:
        satisfied.append('incompatible_imp')
    else:
        values = (('agent.mission_particulière', agent_mission_particuliere),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_INCOMPATIBLE_IMP,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "L'allègement de service est incompatible avec toute mission particulière "
                        '(IMP).'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_INCOMPATIBLE_IMP,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Incompatible avec une mission "
                        'particulière (IMP).'
                    ),
                    values,
                    missing=('agent.mission_particulière',),
                )
            )
            undecided = True

    # circulars/allegement_paris_2025.circ:111 règle délai_dépôt (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot <= _DATE_2025_01_13
    if holds is True:
        satisfied.append('délai_dépôt')
    else:
        values = (
            ('demande.date_dépôt', demande_date_depot),
            ('situation_exceptionnelle_médicale', situation_exceptionnelle_medicale),
        )
        if holds is False:
            resolved = rt.exception_outcome(
                _RULE_DELAI_DEPOT,
                (
                    (
                        situation_exceptionnelle_medicale,
                        'avertissement',
                        'sauf si situation_exceptionnelle_médicale',
                    ),
                ),
            )
            if resolved is not None and resolved[0] == 'indéterminée':
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_DEPOT,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : Dépôt au plus tard le 13 janvier 2025.",
                        values,
                        missing=rt.unknown(
                            ('situation_exceptionnelle_médicale', situation_exceptionnelle_medicale)
                        ),
                    )
                )
                undecided = True
            else:
                message = (
                    'La demande déposée le '
                    + rt.fmt(demande_date_depot)
                    + (
                        ' est postérieure à la date limite du 13 janvier 2025 : sauf situation '
                        'exceptionnelle médicalement justifiée, le dossier ne sera pas examiné.'
                    )
                )
                if resolved is None:
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_DEPOT, rt.Outcome.VIOLATED, 'bloquante', message, values
                        )
                    )
                    refused = True
                elif resolved[0] == 'conflit':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_DEPOT,
                            rt.Outcome.CONFLICT,
                            'bloquante',
                            message,
                            values,
                            exception=resolved[1],
                        )
                    )
                    refused = True
                elif resolved[0] == 'levée':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_DEPOT,
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
                            _RULE_DELAI_DEPOT,
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
                    _RULE_DELAI_DEPOT,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Dépôt au plus tard le 13 janvier 2025.",
                    values,
                    missing=rt.unknown(('demande.date_dépôt', demande_date_depot)),
                )
            )
            undecided = True

    # circulars/allegement_paris_2025.circ:118 règle mesure_exceptionnelle (information)
    findings.append(_NOTICE_MESURE_EXCEPTIONNELLE)

    # circulars/allegement_paris_2025.circ:125 règle mesure_temporaire (information)
    findings.append(_NOTICE_MESURE_TEMPORAIRE)

    # circulars/allegement_paris_2025.circ:131 règle contingent (information)
    findings.append(_NOTICE_CONTINGENT)

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
        opinions=(_OPINION_SUPERIEUR,),
        submissions=(_SUBMISSION,),
        computed={'plafond_heures': plafond_heures, 'plafond_demi_journées': plafond_demi_journees},
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_statut,
        agent_fonction,
        agent_degre,
        agent_ors_heures,
        agent_ors_demi_journees,
        _,
        agent_temps_partiel_therapeutique,
        agent_fonctions_direction,
        agent_heures_supplementaires,
        agent_mission_particuliere,
        demande_date_depot,
        allegement_heures,
        allegement_demi_journees,
        situation_exceptionnelle_medicale,
    ) = _read_situation(situation)
    # circulars/allegement_paris_2025.circ:38 valeur plafond_heures
    plafond_heures = rt.div(agent_ors_heures, 3)
    # circulars/allegement_paris_2025.circ:41 valeur plafond_demi_journées
    plafond_demi_journees = rt.div(agent_ors_demi_journees, 3)
    # tested by 2 rules
    shared_2 = rt.and3(
        (None if agent_fonction is None else agent_fonction == 'enseignement'),
        (None if agent_degre is None else agent_degre == 'premier'),
    )
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/allegement_paris_2025.circ:45 règle titulaire (bloquante)
    holds: bool | None = None if agent_statut is None else agent_statut == 'titulaire'
    if holds is False:
        failed.append('titulaire')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_paris_2025.circ:50 règle fonction_concernée (bloquante)
    holds = None if agent_fonction is None else agent_fonction in _AGENT_FONCTION_VALUES
    if holds is False:
        failed.append('fonction_concernée')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_paris_2025.circ:56 règle plafond_tiers_demi_journées (bloquante)
    applies: bool | None = shared_2
    if applies is not False:
        holds = (
            None
            if allegement_demi_journees is None or plafond_demi_journees is None
            else allegement_demi_journees <= plafond_demi_journees
        )
        if holds is False and applies is True:
            failed.append('plafond_tiers_demi_journées')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/allegement_paris_2025.circ:62 règle demi_journées_entières (bloquante)
    applies = shared_2
    if applies is not False:
        holds = rt.is_whole(allegement_demi_journees)
        if holds is False and applies is True:
            failed.append('demi_journées_entières')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/allegement_paris_2025.circ:68 règle plafond_tiers_heures (bloquante)
    applies = rt.not3(
        rt.and3(
            (None if agent_fonction is None else agent_fonction == 'enseignement'),
            (None if agent_degre is None else agent_degre == 'premier'),
        )
    )
    if applies is not False:
        holds = (
            None
            if allegement_heures is None or plafond_heures is None
            else allegement_heures <= plafond_heures
        )
        if holds is False and applies is True:
            failed.append('plafond_tiers_heures')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/allegement_paris_2025.circ:74 règle heures_entières (bloquante)
    applies = rt.and3(
        (None if agent_fonction is None else agent_fonction == 'enseignement'),
        (None if agent_degre is None else agent_degre == 'second'),
    )
    if applies is not False:
        holds = rt.is_whole(allegement_heures)
        if holds is False and applies is True:
            failed.append('heures_entières')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/allegement_paris_2025.circ:81 règle non_cumul_tpt (bloquante)
    holds = (
        None if agent_temps_partiel_therapeutique is None else not agent_temps_partiel_therapeutique
    )
    if holds is False:
        failed.append('non_cumul_tpt')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_paris_2025.circ:86 règle incompatible_direction (bloquante)
    holds = None if agent_fonctions_direction is None else not agent_fonctions_direction
    if holds is False:
        failed.append('incompatible_direction')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_paris_2025.circ:91 règle incompatible_heures_supplémentaires (bloquante)
    holds = None if agent_heures_supplementaires is None else not agent_heures_supplementaires
    if holds is False:
        failed.append('incompatible_heures_supplémentaires')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_paris_2025.circ:96 règle incompatible_imp (bloquante)
    holds = None if agent_mission_particuliere is None else not agent_mission_particuliere
    if holds is False:
        failed.append('incompatible_imp')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/allegement_paris_2025.circ:111 règle délai_dépôt (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot <= _DATE_2025_01_13
    if holds is False:
        resolved = rt.exception_outcome(
            _RULE_DELAI_DEPOT,
            (
                (
                    situation_exceptionnelle_medicale,
                    'avertissement',
                    'sauf si situation_exceptionnelle_médicale',
                ),
            ),
        )
        if resolved is None or resolved[0] == 'conflit':
            failed.append('délai_dépôt')
            refused = True
        elif resolved[0] == 'indéterminée':
            undecided = True
        elif resolved[0] == 'avertissement':
            failed.append('délai_dépôt')
            warned = True
    elif holds is not True:
        undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
