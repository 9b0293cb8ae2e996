# Généré par circdsl depuis circulars/reprise_temps_plein_essonne_2025.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Réintégration à temps complet des instituteurs et professeurs des écoles, '
    "rentrée 2025 et en cours d'année 2025/2026 (DSDEN de l'Essonne (Direction des services "
    "départementaux de l'Éducation nationale))."
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='reprise_temps_plein_essonne_2025',
    title=(
        'Réintégration à temps complet des instituteurs et professeurs des écoles, rentrée 2025 et '
        "en cours d'année 2025/2026"
    ),
    authority="DSDEN de l'Essonne (Direction des services départementaux de l'Éducation nationale)",
    reference='2024-DSDEN91-93',
    issued=datetime.date(2024, 12, 11),
    school_year='2025-2026',
    dispositif='Réintégration à temps complet',
    source='sources/002_3a4ef42e33c15eb3.txt',
    file='circulars/reprise_temps_plein_essonne_2025.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.fonction': 'Fonction exercée',
    'agent.degré': "Degré d'enseignement",
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'demande.date_début': "Date de début souhaitée (prise d'effet de la mesure demandée)",
    'reprise.motif': 'Motif de la réintégration à temps complet',
    'enfant.date_naissance': "Date de naissance de l'enfant",
    'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur',
}
_FACT_ORDER: dict[str, int] = {
    'agent.fonction': 0,
    'agent.degré': 1,
    'demande.date_dépôt': 2,
    'demande.date_début': 3,
    'reprise.motif': 4,
    'enfant.date_naissance': 5,
    'dossier.pièces_fournies': 6,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'demande_motivée': ('reprise.motif',),
    'justificatifs_raisons_graves': ('reprise.motif',),
    'demande_reprise': ('reprise.motif',),
}
_DATE_2025_09_01 = datetime.date(2025, 9, 1)
_DATE_2026_08_31 = datetime.date(2026, 8, 31)
_DATE_2024_12_20 = datetime.date(2024, 12, 20)
_DATE_2025_03_10 = datetime.date(2025, 3, 10)
_REPRISE_MOTIF_VALUES = frozenset({'classe_découverte', 'formation_continue'})
_SERVICE_DSDEN = rt.Recipient(
    'dsden',
    "DSDEN de l'Essonne – DIPER 1, bureau de la gestion collective",
    False,
    (
        'Bureau de la gestion collective (DIPER 1) – ce.ia91.diper1ga@ac-versailles.fr – Tél. : 01 '
        '69 47 84 20'
    ),
)
_SERVICE_IEN = rt.Recipient(
    'ien',
    "Inspecteur de l'Éducation nationale de circonscription (supérieur hiérarchique)",
    False,
    None,
)
_CITE_DEMANDE_MOTIVEE = rt.Citation(
    'La demande doit être motivée avec justificatifs et adressée, par voie hiérarchique',
    'sources/002_3a4ef42e33c15eb3.txt',
    253,
)
_DOC_DEMANDE_MOTIVEE = rt.ChecklistItem(
    'demande_motivée',
    'Demande de réintégration motivée',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_IEN, _SERVICE_DSDEN)),),
    (
        "Adressée par voie hiérarchique (sous couvert de l'IEN de circonscription) ; la "
        'circulaire ne précise pas le support (courrier ou courriel).'
    ),
    (_CITE_DEMANDE_MOTIVEE,),
)
_DOC_DEMANDE_MOTIVEE_IF = rt.ChecklistItem(
    'demande_motivée',
    'Demande de réintégration motivée',
    'à fournir si …',
    'reprise.motif = raisons_graves',
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_IEN, _SERVICE_DSDEN)),),
    (
        "Adressée par voie hiérarchique (sous couvert de l'IEN de circonscription) ; la "
        'circulaire ne précise pas le support (courrier ou courriel).'
    ),
    (_CITE_DEMANDE_MOTIVEE,),
)
_CITE_JUSTIFICATIFS_RAISONS_GRAVES = rt.Citation(
    'La demande doit être motivée avec justificatifs', 'sources/002_3a4ef42e33c15eb3.txt', 253
)
_DOC_JUSTIFICATIFS_RAISONS_GRAVES = rt.ChecklistItem(
    'justificatifs_raisons_graves',
    'Justificatifs des raisons graves et imprévisibles',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_IEN, _SERVICE_DSDEN)),),
    'Joints à la demande motivée, adressée par voie hiérarchique.',
    (_CITE_JUSTIFICATIFS_RAISONS_GRAVES,),
)
_DOC_JUSTIFICATIFS_RAISONS_GRAVES_IF = rt.ChecklistItem(
    'justificatifs_raisons_graves',
    'Justificatifs des raisons graves et imprévisibles',
    'à fournir si …',
    'reprise.motif = raisons_graves',
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_IEN, _SERVICE_DSDEN)),),
    'Joints à la demande motivée, adressée par voie hiérarchique.',
    (_CITE_JUSTIFICATIFS_RAISONS_GRAVES,),
)
_CITE_DEMANDE_REPRISE = rt.Citation(
    'déposer une demande de reprise à plein temps pour la période considérée',
    'sources/002_3a4ef42e33c15eb3.txt',
    295,
)
_DOC_DEMANDE_REPRISE = rt.ChecklistItem(
    'demande_reprise',
    'Demande de reprise à plein temps pour la période considérée',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_IEN, _SERVICE_DSDEN)),),
    'La circulaire ne précise ni le support ni le destinataire de cette demande.',
    (_CITE_DEMANDE_REPRISE,),
)
_DOC_DEMANDE_REPRISE_IF = rt.ChecklistItem(
    'demande_reprise',
    'Demande de reprise à plein temps pour la période considérée',
    'à fournir si …',
    'reprise.motif dans {formation_continue, classe_découverte}',
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_IEN, _SERVICE_DSDEN)),),
    'La circulaire ne précise ni le support ni le destinataire de cette demande.',
    (_CITE_DEMANDE_REPRISE,),
)
_CITE_DEMANDE = rt.Citation(
    (
        'Les enseignants qui souhaitent réintégrer leurs fonctions à temps complet à la rentrée '
        '2025 doivent saisir la demande directement en ligne sur Colibris.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    245,
)
_CITE_DEMANDE_2 = rt.Citation(
    (
        'Pour accéder au site « Colibris » chaque enseignant est invité à se connecter via le '
        'portail des applications ARENA ou au travers du lien suivant :'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    397,
)
_CITE_DEMANDE_3 = rt.Citation(
    (
        "Chaque enseignant complète l'ensemble des champs obligatoires du formulaire et joint les "
        'pièces justificatives demandées.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    401,
)
_CITE_DEMANDE_4 = rt.Citation(
    (
        "Un accusé réception du dossier est adressé par la plateforme sur l'adresse mail "
        "académique de l'enseignant."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    405,
)
_SUBMISSION = rt.SubmissionInfo(
    'Demande de réintégration à temps complet pour la rentrée 2025, en ligne sur Colibris',
    (),
    (
        'https://portail-versailles.colibris.education.gouv.fr/ (ou via le portail des '
        'applications ARENA)'
    ),
    (_CITE_DEMANDE, _CITE_DEMANDE_2, _CITE_DEMANDE_3, _CITE_DEMANDE_4),
)
_CITE_PUBLIC_CONCERNE = rt.Citation('POINTS CLES :', 'sources/002_3a4ef42e33c15eb3.txt', 107)
_CITE_PUBLIC_CONCERNE_2 = rt.Citation(
    (
        "Les règles relatives à l'exercice des fonctions à temps partiel des instituteurs et "
        'professeurs des écoles.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    109,
)
_RULE_PUBLIC_CONCERNE = rt.RuleInfo(
    'public_concerné',
    'Public concerné : instituteurs et professeurs des écoles',
    'bloquante',
    (_CITE_PUBLIC_CONCERNE, _CITE_PUBLIC_CONCERNE_2),
    'circulars/reprise_temps_plein_essonne_2025.circ:79',
)
_CITE_ANNEE_SCOLAIRE_DEMANDEE = rt.Citation(
    (
        "L'octroi d'un temps partiel, d'un renouvellement ou d'une réintégration à temps "
        "complet pour l'année scolaire 2025/2026 est à demander dans le cadre de cette campagne "
        "sur l'espace Colibris."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    127,
)
_RULE_ANNEE_SCOLAIRE_DEMANDEE = rt.RuleInfo(
    'année_scolaire_demandée',
    "Réintégration au titre de l'année scolaire 2025-2026",
    'bloquante',
    (_CITE_ANNEE_SCOLAIRE_DEMANDEE,),
    'circulars/reprise_temps_plein_essonne_2025.circ:85',
)
_CITE_RENTREE_DATE = rt.Citation(
    (
        'A titre exceptionnel, un enseignant peut solliciter une réintégration à temps complet, en '
        "cours d'année scolaire, pour des raisons **graves et imprévisibles**."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    253,
)
_RULE_RENTREE_DATE = rt.RuleInfo(
    'rentrée_date',
    'Réintégration à la rentrée : au 1er septembre 2025',
    'bloquante',
    (_CITE_DEMANDE, _CITE_RENTREE_DATE),
    'circulars/reprise_temps_plein_essonne_2025.circ:90',
)
_CITE_DELAI_RENTREE = rt.Citation(
    (
        "RAPPEL : Pour la rentrée 2025, l'enseignant doit impérativement formuler soit, une "
        'demande de renouvellement du temps partiel, soit une demande de réintégration à temps '
        'complet dans ses fonctions au plus tard le 10 mars 2025.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    247,
)
_CITE_DELAI_RENTREE_2 = rt.Citation(
    (
        'Du 20 décembre 2024 au 10 mars 2025, saisie des demandes de temps partiel et de '
        'réintégration.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    113,
)
_RULE_DELAI_RENTREE = rt.RuleInfo(
    'délai_rentrée',
    'Réintégration à la rentrée : demande saisie du 20 décembre 2024 au 10 mars 2025 inclus',
    'bloquante',
    (_CITE_DELAI_RENTREE, _CITE_DELAI_RENTREE_2),
    'circulars/reprise_temps_plein_essonne_2025.circ:97',
)
_CITE_JOUR_TROIS_ANS = rt.Citation(
    (
        "Les enseignants qui bénéficient d'un temps partiel de droit pour élever un enfant de "
        "moins de 3 ans peuvent réintégrer à temps complet en cours d'année scolaire, le jour des "
        'trois ans de leur enfant.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    251,
)
_RULE_JOUR_TROIS_ANS = rt.RuleInfo(
    'jour_trois_ans',
    'Fin du temps partiel pour enfant de moins de trois ans : réintégration le jour des trois ans',
    'bloquante',
    (_CITE_JOUR_TROIS_ANS,),
    'circulars/reprise_temps_plein_essonne_2025.circ:104',
)
_CITE_PREVENANCE_RAISONS_GRAVES = rt.Citation(
    (
        'La demande doit être motivée avec justificatifs et adressée, par voie hiérarchique, deux '
        'mois avant la date de réintégration souhaitée.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    253,
)
_RULE_PREVENANCE_RAISONS_GRAVES = rt.RuleInfo(
    'prévenance_raisons_graves',
    'Raisons graves et imprévisibles : demande deux mois avant la réintégration',
    'bloquante',
    (_CITE_PREVENANCE_RAISONS_GRAVES,),
    'circulars/reprise_temps_plein_essonne_2025.circ:110',
)
_RULE_RAISONS_GRAVES_EXCEPTIONNEL = rt.RuleInfo(
    'raisons_graves_exceptionnel',
    'Raisons graves et imprévisibles : réintégration à titre exceptionnel',
    'information',
    (_CITE_RENTREE_DATE,),
    'circulars/reprise_temps_plein_essonne_2025.circ:116',
)
_NOTICE_RAISONS_GRAVES_EXCEPTIONNEL = rt.Finding(
    _RULE_RAISONS_GRAVES_EXCEPTIONNEL,
    rt.Outcome.NOTICE,
    'information',
    (
        "La réintégration à temps complet en cours d'année pour des raisons graves et "
        'imprévisibles est accordée à titre exceptionnel : la demande doit être motivée, '
        'accompagnée de justificatifs et adressée par voie hiérarchique.'
    ),
    (),
)
_CITE_REPRISE_AU_PREALABLE = rt.Citation(
    (
        'Pour les stages de formation continue ou les classes de découverte, les instituteurs et '
        'professeurs des écoles à temps partiel doivent, au préalable, déposer une demande de '
        'reprise à plein temps pour la période considérée.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    295,
)
_RULE_REPRISE_AU_PREALABLE = rt.RuleInfo(
    'reprise_au_préalable',
    'Formation continue ou classe de découverte : demande de reprise au préalable',
    'bloquante',
    (_CITE_REPRISE_AU_PREALABLE,),
    'circulars/reprise_temps_plein_essonne_2025.circ:121',
)
_CITE_PLEIN_TRAITEMENT = rt.Citation(
    '**Les enseignants en stage de formation continue ou en classe de découverte**',
    'sources/002_3a4ef42e33c15eb3.txt',
    293,
)
_CITE_PLEIN_TRAITEMENT_2 = rt.Citation(
    'Ils sont, durant celle-ci, rétablis dans leurs droits à plein traitement.',
    'sources/002_3a4ef42e33c15eb3.txt',
    295,
)
_RULE_PLEIN_TRAITEMENT = rt.RuleInfo(
    'plein_traitement',
    'Reprise à plein temps : plein traitement pendant la période',
    'information',
    (_CITE_PLEIN_TRAITEMENT, _CITE_PLEIN_TRAITEMENT_2),
    'circulars/reprise_temps_plein_essonne_2025.circ:127',
)
_NOTICE_PLEIN_TRAITEMENT = rt.Finding(
    _RULE_PLEIN_TRAITEMENT,
    rt.Outcome.NOTICE,
    'information',
    (
        'Pendant la période de reprise à plein temps, vous êtes rétabli(e) dans vos droits à plein '
        'traitement.'
    ),
    (),
)
_RULE_JUSTIFICATIFS_JOINTS = rt.RuleInfo(
    'justificatifs_joints',
    'Raisons graves et imprévisibles : demande motivée, avec justificatifs',
    'bloquante',
    (_CITE_PREVENANCE_RAISONS_GRAVES,),
    'circulars/reprise_temps_plein_essonne_2025.circ:133',
)
_CITE_LIMITE_RENTREE = rt.Citation(
    (
        'soit une demande de réintégration à temps complet dans ses fonctions au plus tard le 10 '
        'mars 2025'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    247,
)
_CITE_LIMITE_RENTREE_2 = rt.Citation(
    (
        'les demandes de réintégration pour la rentrée scolaire 2025, doivent être saisies en '
        "ligne via le site Colibris jusqu'au 10 mars 2025 inclus"
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    387,
)
_DEADLINE_LIMITE_RENTREE = rt.DeadlineInfo(
    'limite_rentrée',
    'Date limite de la demande de réintégration à temps complet pour la rentrée 2025',
    _DATE_2025_03_10,
    True,
    (_CITE_LIMITE_RENTREE, _CITE_LIMITE_RENTREE_2),
)
_CITE_TROIS_ANS = rt.Citation(
    (
        "peuvent réintégrer à temps complet en cours d'année scolaire, le jour des trois ans de "
        'leur enfant'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    251,
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/commun.circ:14
    agent_fonction: Literal[
        'enseignement', 'éducation', 'orientation', 'administratif'
    ] | None = Field(default=None, alias='agent.fonction', title='Fonction exercée')
    # circulars/commun.circ:21
    agent_degre: Literal['premier', 'second'] | None = Field(
        default=None, alias='agent.degré', title="Degré d'enseignement"
    )
    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(
        default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande'
    )
    # circulars/commun.circ:112
    demande_date_debut: datetime.date | None = Field(
        default=None,
        alias='demande.date_début',
        title="Date de début souhaitée (prise d'effet de la mesure demandée)",
    )
    # circulars/reprise_temps_plein_essonne_2025.circ:25
    reprise_motif: Literal[
        'rentrée', 'trois_ans_enfant', 'raisons_graves', 'formation_continue', 'classe_découverte'
    ] | None = Field(
        default=None, alias='reprise.motif', title='Motif de la réintégration à temps complet'
    )
    # circulars/reprise_temps_plein_essonne_2025.circ:33
    enfant_date_naissance: datetime.date | None = Field(
        default=None, alias='enfant.date_naissance', title="Date de naissance de l'enfant"
    )
    # circulars/reprise_temps_plein_essonne_2025.circ:135
    dossier_pieces_fournies: frozenset[
        Literal['demande_motivée', 'justificatifs_raisons_graves', 'demande_reprise']
    ] | None = Field(
        default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur'
    )

    french_fields: ClassVar[dict[str, str]] = {
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'demande.date_début': 'date',
        'demande_date_debut': 'date',
        'enfant.date_naissance': 'date',
        'enfant_date_naissance': 'date',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_FONCTION = rt.plain_reader(Facts, 'agent.fonction')
_READ_AGENT_DEGRE = rt.plain_reader(Facts, 'agent.degré')
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_DEMANDE_DATE_DEBUT = rt.plain_reader(Facts, 'demande.date_début')
_READ_REPRISE_MOTIF = rt.plain_reader(Facts, 'reprise.motif')
_READ_ENFANT_DATE_NAISSANCE = rt.plain_reader(Facts, 'enfant.date_naissance')
_READ_DOSSIER_PIECES_FOURNIES = rt.plain_reader(Facts, 'dossier.pièces_fournies')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal['enseignement', 'éducation', 'orientation', 'administratif'] | None,
    Literal['premier', 'second'] | None,
    datetime.date | None,
    datetime.date | None,
    Literal[
        'rentrée', 'trois_ans_enfant', 'raisons_graves', 'formation_continue', 'classe_découverte'
    ] | None,
    datetime.date | None,
    frozenset[Literal['demande_motivée', 'justificatifs_raisons_graves', 'demande_reprise']] | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            agent_fonction = situation.get('agent.fonction')
            if agent_fonction is not None:
                agent_fonction = _READ_AGENT_FONCTION(agent_fonction)
            agent_degre = situation.get('agent.degré')
            if agent_degre is not None:
                agent_degre = _READ_AGENT_DEGRE(agent_degre)
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            demande_date_debut = situation.get('demande.date_début')
            if demande_date_debut is not None:
                demande_date_debut = _READ_DEMANDE_DATE_DEBUT(demande_date_debut)
            reprise_motif = situation.get('reprise.motif')
            if reprise_motif is not None:
                reprise_motif = _READ_REPRISE_MOTIF(reprise_motif)
            enfant_date_naissance = situation.get('enfant.date_naissance')
            if enfant_date_naissance is not None:
                enfant_date_naissance = _READ_ENFANT_DATE_NAISSANCE(enfant_date_naissance)
            dossier_pieces_fournies = situation.get('dossier.pièces_fournies')
            if dossier_pieces_fournies is not None:
                dossier_pieces_fournies = _READ_DOSSIER_PIECES_FOURNIES(dossier_pieces_fournies)
            return (
                agent_fonction,
                agent_degre,
                demande_date_depot,
                demande_date_debut,
                reprise_motif,
                enfant_date_naissance,
                dossier_pieces_fournies,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_fonction,
        facts.agent_degre,
        facts.demande_date_depot,
        facts.demande_date_debut,
        facts.reprise_motif,
        facts.enfant_date_naissance,
        facts.dossier_pieces_fournies,
    )


@lru_cache(maxsize=4096)
def _documents(
    condition_1: bool | None, condition_2: bool | None, condition_3: bool | None
) -> tuple[tuple[rt.ChecklistItem, ...], tuple[rt.SubmissionInfo, ...]]:
    """The checklist and the submissions: they depend only on these conditions and recipients."""
    checklist: list[rt.ChecklistItem] = []
    condition: bool | None = condition_2
    if condition is True:
        checklist.append(_DOC_DEMANDE_MOTIVEE)
    elif condition is None:
        checklist.append(_DOC_DEMANDE_MOTIVEE_IF)
    condition = condition_2
    if condition is True:
        checklist.append(_DOC_JUSTIFICATIFS_RAISONS_GRAVES)
    elif condition is None:
        checklist.append(_DOC_JUSTIFICATIFS_RAISONS_GRAVES_IF)
    condition = condition_3
    if condition is True:
        checklist.append(_DOC_DEMANDE_REPRISE)
    elif condition is None:
        checklist.append(_DOC_DEMANDE_REPRISE_IF)
    return tuple(checklist), (
        rt.submission(
            _SUBMISSION,
            rt.deliveries(
                rt.routed(
                    'en ligne',
                    False,
                    (_SERVICE_DSDEN,),
                    (),
                    (),
                    condition_1,
                    'reprise.motif = rentrée',
                    (),
                )
            ),
        ),
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_fonction,
        agent_degre,
        demande_date_depot,
        demande_date_debut,
        reprise_motif,
        enfant_date_naissance,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/reprise_temps_plein_essonne_2025.circ:63 échéance prévenance_graves
    prevenance_graves = rt.shift_date(demande_date_debut, 2, 'mois', 'avant', 'dernier jour', False)
    # circulars/reprise_temps_plein_essonne_2025.circ:70 échéance trois_ans
    trois_ans = rt.shift_date(enfant_date_naissance, 36, 'mois', 'après', 'dernier jour', False)
    # circulars/reprise_temps_plein_essonne_2025.circ:74 échéance avant_trois_ans
    avant_trois_ans = rt.shift_date(
        enfant_date_naissance, 36, 'mois', 'après', 'dernier jour', False
    )
    # tested by 2 rules
    shared_1 = None if reprise_motif is None else reprise_motif == 'rentrée'
    # tested by 3 rules
    shared_2 = None if reprise_motif is None else reprise_motif == 'raisons_graves'
    # tested by 2 rules
    shared_3 = None if reprise_motif is None else reprise_motif in _REPRISE_MOTIF_VALUES
    # what the checklist and the submissions depend on
    condition_1 = None if reprise_motif is None else reprise_motif == 'rentrée'
    condition_2 = None if reprise_motif is None else reprise_motif == 'raisons_graves'
    condition_3 = None if reprise_motif is None else reprise_motif in _REPRISE_MOTIF_VALUES
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist, submissions = _documents(condition_1, condition_2, condition_3)

    # circulars/reprise_temps_plein_essonne_2025.circ:79 règle public_concerné (bloquante)
    holds: bool | None = rt.and3(
        (None if agent_fonction is None else agent_fonction == 'enseignement'),
        (None if agent_degre is None else agent_degre == 'premier'),
    )
    if holds is True:
        satisfied.append('public_concerné')
    else:
        values: tuple[tuple[str, Any], ...] = (
            ('agent.fonction', agent_fonction), ('agent.degré', agent_degre)
        )
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_PUBLIC_CONCERNE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        'La présente circulaire concerne les instituteurs et professeurs des '
                        'écoles (enseignants du premier degré).'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_PUBLIC_CONCERNE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Public concerné : instituteurs et "
                        'professeurs des écoles.'
                    ),
                    values,
                    missing=rt.missing_and(
                        (None if agent_fonction is None else agent_fonction == 'enseignement'),
                        rt.unknown(('agent.fonction', agent_fonction)),
                        (None if agent_degre is None else agent_degre == 'premier'),
                        rt.unknown(('agent.degré', agent_degre)),
                    ),
                )
            )
            undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:85 règle année_scolaire_demandée (bloquante)
    holds = (
        None
        if demande_date_debut is None
        else _DATE_2025_09_01 <= demande_date_debut <= _DATE_2026_08_31
    )
    if holds is True:
        satisfied.append('année_scolaire_demandée')
    else:
        values = (('demande.date_début', demande_date_debut),)
        if holds is False:
            message = (
                (
                    "La présente campagne porte sur l'année scolaire 2025/2026 (du 01/09/2025 au "
                    '31/08/2026) : la date indiquée ('
                )
                + rt.fmt(demande_date_debut)
                + ") n'en fait pas partie."
            )
            findings.append(
                rt.Finding(
                    _RULE_ANNEE_SCOLAIRE_DEMANDEE, rt.Outcome.VIOLATED, 'bloquante', message, values
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_ANNEE_SCOLAIRE_DEMANDEE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Réintégration au titre de l'année "
                        'scolaire 2025-2026.'
                    ),
                    values,
                    missing=rt.unknown(('demande.date_début', demande_date_debut)),
                )
            )
            undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:90 règle rentrée_date (bloquante)
    applies: bool | None = shared_1
    if applies is False:
        not_applicable.append('rentrée_date')
    else:
        holds = None if demande_date_debut is None else demande_date_debut == _DATE_2025_09_01
        if holds is True:
            satisfied.append('rentrée_date')
        else:
            values = (('reprise.motif', reprise_motif), ('demande.date_début', demande_date_debut))
            if holds is False and applies is True:
                message = (
                    (
                        'Une réintégration demandée au titre de la rentrée 2025 prend effet le '
                        '01/09/2025 (date indiquée : '
                    )
                    + rt.fmt(demande_date_debut)
                    + (
                        ") ; en cours d'année, elle n'est possible qu'aux trois ans de "
                        "l'enfant ou, à titre exceptionnel, pour des raisons graves et "
                        'imprévisibles.'
                    )
                )
                findings.append(
                    rt.Finding(
                        _RULE_RENTREE_DATE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_RENTREE_DATE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Réintégration à la rentrée : au "
                            '1er septembre 2025.'
                        ),
                        values,
                        missing=(('reprise.motif',) if applies is None else ())
                        + (('demande.date_début',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:97 règle délai_rentrée (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('délai_rentrée')
    else:
        holds = rt.and3(
            (None if demande_date_depot is None else demande_date_depot >= _DATE_2024_12_20),
            (None if demande_date_depot is None else demande_date_depot <= _DATE_2025_03_10),
        )
        if holds is True:
            satisfied.append('délai_rentrée')
        else:
            values = (('reprise.motif', reprise_motif), ('demande.date_dépôt', demande_date_depot))
            if holds is False and applies is True:
                message = (
                    (
                        'Pour la rentrée 2025, la demande de réintégration à temps complet doit '
                        'impérativement être saisie sur Colibris pendant la campagne, du 20 '
                        'décembre 2024 au 10 mars 2025 inclus (demande déposée le '
                    )
                    + rt.fmt(demande_date_depot)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_RENTREE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_RENTREE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Réintégration à la rentrée : "
                            'demande saisie du 20 décembre 2024 au 10 mars 2025 inclus.'
                        ),
                        values,
                        missing=(('reprise.motif',) if applies is None else ())
                        + (
                            rt.missing_and(
                                (
                                    None
                                    if demande_date_depot is None
                                    else demande_date_depot >= _DATE_2024_12_20
                                ),
                                rt.unknown(('demande.date_dépôt', demande_date_depot)),
                                (
                                    None
                                    if demande_date_depot is None
                                    else demande_date_depot <= _DATE_2025_03_10
                                ),
                                rt.unknown(('demande.date_dépôt', demande_date_depot)),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:104 règle jour_trois_ans (bloquante)
    applies = None if reprise_motif is None else reprise_motif == 'trois_ans_enfant'
    if applies is False:
        not_applicable.append('jour_trois_ans')
    else:
        holds = rt.and3(
            (
                None
                if demande_date_debut is None or trois_ans is None
                else demande_date_debut <= trois_ans
            ),
            rt.not3(
                None
                if demande_date_debut is None or avant_trois_ans is None
                else demande_date_debut < avant_trois_ans
            ),
        )
        if holds is True:
            satisfied.append('jour_trois_ans')
        else:
            values = (
                ('reprise.motif', reprise_motif),
                ('enfant.date_naissance', enfant_date_naissance),
                ('demande.date_début', demande_date_debut),
            )
            if holds is False and applies is True:
                message = (
                    (
                        "La réintégration en cours d'année à la fin du temps partiel de droit "
                        'pour élever un enfant de moins de trois ans a lieu le jour des trois ans '
                        "de l'enfant (né le "
                    )
                    + rt.fmt(enfant_date_naissance)
                    + '), et non le '
                    + rt.fmt(demande_date_debut)
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_JOUR_TROIS_ANS, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_JOUR_TROIS_ANS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Fin du temps partiel pour enfant "
                            'de moins de trois ans : réintégration le jour des trois ans.'
                        ),
                        values,
                        missing=(('reprise.motif',) if applies is None else ())
                        + (
                            rt.missing_and(
                                (
                                    None
                                    if demande_date_debut is None or trois_ans is None
                                    else demande_date_debut <= trois_ans
                                ),
                                rt.unknown(
                                    ('enfant.date_naissance', enfant_date_naissance),
                                    ('demande.date_début', demande_date_debut),
                                ),
                                rt.not3(
                                    None
                                    if demande_date_debut is None or avant_trois_ans is None
                                    else demande_date_debut < avant_trois_ans
                                ),
                                rt.unknown(
                                    ('enfant.date_naissance', enfant_date_naissance),
                                    ('demande.date_début', demande_date_debut),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:110 règle prévenance_raisons_graves
    # (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('prévenance_raisons_graves')
    else:
        holds = (
            None
            if demande_date_depot is None or prevenance_graves is None
            else demande_date_depot <= prevenance_graves
        )
        if holds is True:
            satisfied.append('prévenance_raisons_graves')
        else:
            values = (
                ('reprise.motif', reprise_motif),
                ('demande.date_début', demande_date_debut),
                ('demande.date_dépôt', demande_date_depot),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'La demande de réintégration pour raisons graves et imprévisibles doit '
                        'être adressée deux mois avant la date de réintégration souhaitée ('
                    )
                    + rt.fmt(demande_date_debut)
                    + ') : déposée le '
                    + rt.fmt(demande_date_depot)
                    + ', elle est tardive.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PREVENANCE_RAISONS_GRAVES,
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
                        _RULE_PREVENANCE_RAISONS_GRAVES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Raisons graves et imprévisibles : "
                            'demande deux mois avant la réintégration.'
                        ),
                        values,
                        missing=(('reprise.motif',) if applies is None else ())
                        + (
                            rt.unknown(
                                ('demande.date_début', demande_date_debut),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:116 règle raisons_graves_exceptionnel
    # (information)
    applies = shared_2
    if applies is True:
        findings.append(_NOTICE_RAISONS_GRAVES_EXCEPTIONNEL)
    elif applies is False:
        not_applicable.append('raisons_graves_exceptionnel')

    # circulars/reprise_temps_plein_essonne_2025.circ:121 règle reprise_au_préalable (bloquante)
    applies = shared_3
    if applies is False:
        not_applicable.append('reprise_au_préalable')
    else:
        holds = (
            None
            if demande_date_depot is None or demande_date_debut is None
            else demande_date_depot < demande_date_debut
        )
        if holds is True:
            satisfied.append('reprise_au_préalable')
        else:
            values = (
                ('reprise.motif', reprise_motif),
                ('demande.date_dépôt', demande_date_depot),
                ('demande.date_début', demande_date_debut),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Pour un stage de formation continue ou une classe de découverte, la '
                        'demande de reprise à plein temps doit être déposée au préalable, avant le '
                        'début de la période considérée ('
                    )
                    + rt.fmt(demande_date_debut)
                    + ') ; elle a été déposée le '
                    + rt.fmt(demande_date_depot)
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_REPRISE_AU_PREALABLE,
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
                        _RULE_REPRISE_AU_PREALABLE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Formation continue ou classe de "
                            'découverte : demande de reprise au préalable.'
                        ),
                        values,
                        missing=(('reprise.motif',) if applies is None else ())
                        + (
                            rt.unknown(
                                ('demande.date_dépôt', demande_date_depot),
                                ('demande.date_début', demande_date_debut),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:127 règle plein_traitement (information)
    applies = shared_3
    if applies is True:
        findings.append(_NOTICE_PLEIN_TRAITEMENT)
    elif applies is False:
        not_applicable.append('plein_traitement')

    # circulars/reprise_temps_plein_essonne_2025.circ:133 règle justificatifs_joints (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('justificatifs_joints')
    else:
        holds = rt.all_provided(
            dossier_pieces_fournies,
            (
                (
                    (None if reprise_motif is None else reprise_motif == 'raisons_graves'),
                    'demande_motivée',
                    'Demande de réintégration motivée',
                ),
                (
                    (None if reprise_motif is None else reprise_motif == 'raisons_graves'),
                    'justificatifs_raisons_graves',
                    'Justificatifs des raisons graves et imprévisibles',
                ),
                (
                    (None if reprise_motif is None else reprise_motif in _REPRISE_MOTIF_VALUES),
                    'demande_reprise',
                    'Demande de reprise à plein temps pour la période considérée',
                ),
            ),
        )
        if holds is True:
            satisfied.append('justificatifs_joints')
        else:
            values = (
                ('reprise.motif', reprise_motif),
                ('dossier.pièces_fournies', dossier_pieces_fournies),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'La demande de réintégration pour raisons graves et imprévisibles doit '
                        'être motivée et accompagnée de justificatifs : il manque '
                    )
                    + rt.fmt(
                        rt.missing_documents(
                            dossier_pieces_fournies,
                            (
                                (
                                    (
                                        None
                                        if reprise_motif is None
                                        else reprise_motif == 'raisons_graves'
                                    ),
                                    'demande_motivée',
                                    'Demande de réintégration motivée',
                                ),
                                (
                                    (
                                        None
                                        if reprise_motif is None
                                        else reprise_motif == 'raisons_graves'
                                    ),
                                    'justificatifs_raisons_graves',
                                    'Justificatifs des raisons graves et imprévisibles',
                                ),
                                (
                                    (
                                        None
                                        if reprise_motif is None
                                        else reprise_motif in _REPRISE_MOTIF_VALUES
                                    ),
                                    'demande_reprise',
                                    'Demande de reprise à plein temps pour la période considérée',
                                ),
                            ),
                        )
                    )
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_JUSTIFICATIFS_JOINTS,
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
                        _RULE_JUSTIFICATIFS_JOINTS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Raisons graves et imprévisibles : "
                            'demande motivée, avec justificatifs.'
                        ),
                        values,
                        missing=(('reprise.motif',) if applies is None else ())
                        + (
                            rt.unknown(('dossier.pièces_fournies', dossier_pieces_fournies))
                            + rt.missing_each(
                                (
                                    (
                                        None
                                        if reprise_motif is None
                                        else reprise_motif == 'raisons_graves'
                                    ),
                                    rt.unknown(('reprise.motif', reprise_motif)),
                                ),
                                (
                                    (
                                        None
                                        if reprise_motif is None
                                        else reprise_motif in _REPRISE_MOTIF_VALUES
                                    ),
                                    rt.unknown(('reprise.motif', reprise_motif)),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    deadlines: list[rt.DeadlineInfo] = []
    condition: bool | None = None if reprise_motif is None else reprise_motif == 'rentrée'
    if condition is not False:
        deadlines.append(_DEADLINE_LIMITE_RENTREE)
    condition = None if reprise_motif is None else reprise_motif == 'raisons_graves'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'prévenance_graves',
                'Demande motivée deux mois avant la date de réintégration souhaitée',
                prevenance_graves,
                True,
                (_CITE_PREVENANCE_RAISONS_GRAVES,),
                '2 mois avant demande.date_début arrondi au dernier jour du mois',
            )
        )
    condition = None if reprise_motif is None else reprise_motif == 'trois_ans_enfant'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'trois_ans',
                "Trois ans de l'enfant : réintégration au plus tard ce jour",
                trois_ans,
                True,
                (_CITE_TROIS_ANS,),
                '3 ans après enfant.date_naissance arrondi au dernier jour du mois',
            )
        )
    condition = None if reprise_motif is None else reprise_motif == 'trois_ans_enfant'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'avant_trois_ans',
                "Trois ans de l'enfant : réintégration pas avant ce jour",
                avant_trois_ans,
                False,
                (_CITE_TROIS_ANS,),
                '3 ans après enfant.date_naissance arrondi au dernier jour du mois',
            )
        )
    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),
        checklist=checklist,
        deadlines=tuple(deadlines),
        opinions=(),
        submissions=submissions,
        computed={},
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_fonction,
        agent_degre,
        demande_date_depot,
        demande_date_debut,
        reprise_motif,
        enfant_date_naissance,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/reprise_temps_plein_essonne_2025.circ:63 échéance prévenance_graves
    prevenance_graves = rt.shift_date(demande_date_debut, 2, 'mois', 'avant', 'dernier jour', False)
    # circulars/reprise_temps_plein_essonne_2025.circ:70 échéance trois_ans
    trois_ans = rt.shift_date(enfant_date_naissance, 36, 'mois', 'après', 'dernier jour', False)
    # circulars/reprise_temps_plein_essonne_2025.circ:74 échéance avant_trois_ans
    avant_trois_ans = rt.shift_date(
        enfant_date_naissance, 36, 'mois', 'après', 'dernier jour', False
    )
    # tested by 2 rules
    shared_4 = None if reprise_motif is None else reprise_motif == 'rentrée'
    # tested by 2 rules
    shared_5 = None if reprise_motif is None else reprise_motif == 'raisons_graves'
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/reprise_temps_plein_essonne_2025.circ:79 règle public_concerné (bloquante)
    holds: bool | None = rt.and3(
        (None if agent_fonction is None else agent_fonction == 'enseignement'),
        (None if agent_degre is None else agent_degre == 'premier'),
    )
    if holds is False:
        failed.append('public_concerné')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:85 règle année_scolaire_demandée (bloquante)
    holds = (
        None
        if demande_date_debut is None
        else _DATE_2025_09_01 <= demande_date_debut <= _DATE_2026_08_31
    )
    if holds is False:
        failed.append('année_scolaire_demandée')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:90 règle rentrée_date (bloquante)
    applies: bool | None = shared_4
    if applies is not False:
        holds = None if demande_date_debut is None else demande_date_debut == _DATE_2025_09_01
        if holds is False and applies is True:
            failed.append('rentrée_date')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:97 règle délai_rentrée (bloquante)
    applies = shared_4
    if applies is not False:
        holds = rt.and3(
            (None if demande_date_depot is None else demande_date_depot >= _DATE_2024_12_20),
            (None if demande_date_depot is None else demande_date_depot <= _DATE_2025_03_10),
        )
        if holds is False and applies is True:
            failed.append('délai_rentrée')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:104 règle jour_trois_ans (bloquante)
    applies = None if reprise_motif is None else reprise_motif == 'trois_ans_enfant'
    if applies is not False:
        holds = rt.and3(
            (
                None
                if demande_date_debut is None or trois_ans is None
                else demande_date_debut <= trois_ans
            ),
            rt.not3(
                None
                if demande_date_debut is None or avant_trois_ans is None
                else demande_date_debut < avant_trois_ans
            ),
        )
        if holds is False and applies is True:
            failed.append('jour_trois_ans')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:110 règle prévenance_raisons_graves
    # (bloquante)
    applies = shared_5
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or prevenance_graves is None
            else demande_date_depot <= prevenance_graves
        )
        if holds is False and applies is True:
            failed.append('prévenance_raisons_graves')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:121 règle reprise_au_préalable (bloquante)
    applies = None if reprise_motif is None else reprise_motif in _REPRISE_MOTIF_VALUES
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or demande_date_debut is None
            else demande_date_depot < demande_date_debut
        )
        if holds is False and applies is True:
            failed.append('reprise_au_préalable')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/reprise_temps_plein_essonne_2025.circ:133 règle justificatifs_joints (bloquante)
    applies = shared_5
    if applies is not False:
        holds = rt.all_provided(
            dossier_pieces_fournies,
            (
                (
                    (None if reprise_motif is None else reprise_motif == 'raisons_graves'),
                    'demande_motivée',
                    'Demande de réintégration motivée',
                ),
                (
                    (None if reprise_motif is None else reprise_motif == 'raisons_graves'),
                    'justificatifs_raisons_graves',
                    'Justificatifs des raisons graves et imprévisibles',
                ),
                (
                    (None if reprise_motif is None else reprise_motif in _REPRISE_MOTIF_VALUES),
                    'demande_reprise',
                    'Demande de reprise à plein temps pour la période considérée',
                ),
            ),
        )
        if holds is False and applies is True:
            failed.append('justificatifs_joints')
            refused = True
        elif holds is not True:
            undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
