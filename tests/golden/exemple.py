# Généré par circdsl depuis exemple.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
"Validateur : Circulaire d'exemple (Rectorat d'exemple)."

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='exemple_golden',
    title="Circulaire d'exemple",
    authority="Rectorat d'exemple",
    reference='EX-01',
    issued=datetime.date(2024, 9, 1),
    school_year='2025-2026',
    dispositif=None,
    source='sources/exemple.txt',
    file='exemple.circ',
)
FACT_LABELS: dict[str, str] = {
    'statut': 'Statut',
    'motifs': 'Motifs de la demande',
    'de_droit': 'Temps partiel de droit',
    'quotité': 'Quotité demandée',
    'traitement': 'Traitement brut mensuel',
    'enfants': "Nombre d'enfants",
    'durée': 'Durée demandée',
    'date_dépôt': 'Date de dépôt',
    'exceptionnel': 'Dépôt tardif exceptionnel',
    'congé': 'Congé en cours',
    'commentaire': 'Commentaire libre',
}
_FACT_ORDER: dict[str, int] = {
    'statut': 0,
    'motifs': 1,
    'de_droit': 2,
    'quotité': 3,
    'traitement': 4,
    'enfants': 5,
    'durée': 6,
    'date_dépôt': 7,
    'exceptionnel': 8,
    'congé': 9,
    'commentaire': 10,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'certificat': ('motifs',), 'justificatif_garde': ('motifs',)
}
_STATUT_VALUES = frozenset({'stagiaire', 'titulaire'})
_QUOTITE_VALUES = frozenset({50, 75, 80})
_DATE_2025_03_10 = datetime.date(2025, 3, 10)
_CONGE_VALUES = frozenset({'aucun'})
_MOTIFS_VALUES = frozenset({'santé'})
_SERVICE_MEDECIN = rt.Recipient('médecin', 'Médecin de prévention', True, "1, rue de l'Exemple")
_CITE_CERTIFICAT = rt.Citation(
    'Le certificat médical est adressé au médecin de prévention sous pli confidentiel.',
    'sources/exemple.txt',
    9,
)
_DOC_CERTIFICAT = rt.ChecklistItem(
    'certificat',
    'Certificat médical',
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN,)),),
    None,
    (_CITE_CERTIFICAT,),
)
_DOC_CERTIFICAT_IF = rt.ChecklistItem(
    'certificat',
    'Certificat médical',
    'à fournir si …',
    'motifs dans {santé}',
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN,)),),
    None,
    (_CITE_CERTIFICAT,),
)
_MOTIFS_VALUES_2 = frozenset({'garde_enfant'})
_SERVICE_GESTION = rt.Recipient('gestion', 'Service de gestion', False, None)
_CITE_JUSTIFICATIF_GARDE = rt.Citation(
    "Le justificatif de garde est joint lorsque le motif est la garde d'un enfant.",
    'sources/exemple.txt',
    10,
)
_DOC_JUSTIFICATIF_GARDE = rt.ChecklistItem(
    'justificatif_garde',
    'Justificatif de garde',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTION,)),),
    None,
    (_CITE_JUSTIFICATIF_GARDE,),
)
_DOC_JUSTIFICATIF_GARDE_IF = rt.ChecklistItem(
    'justificatif_garde',
    'Justificatif de garde',
    'à fournir si …',
    'motifs dans {garde_enfant}',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTION,)),),
    None,
    (_CITE_JUSTIFICATIF_GARDE,),
)
_CITE_PUBLIC = rt.Citation(
    'Le dispositif est ouvert aux agents titulaires et stagiaires.', 'sources/exemple.txt', 2
)
_RULE_PUBLIC = rt.RuleInfo('public', 'Public', 'bloquante', (_CITE_PUBLIC,), 'exemple.circ:43')
_LABELS_STATUT = {'titulaire': 'Titulaire', 'stagiaire': 'Stagiaire', 'contractuel': 'contractuel'}
_CITE_QUOTITES = rt.Citation(
    'La quotité demandée est de 50 %, 75 % ou 80 % du temps complet.', 'sources/exemple.txt', 3
)
_RULE_QUOTITES = rt.RuleInfo(
    'quotités', 'Quotités', 'bloquante', (_CITE_QUOTITES,), 'exemple.circ:48'
)
_CITE_QUATRE_VINGTS = rt.Citation(
    'La quotité de 80 % n’est accordée que de droit.', 'sources/exemple.txt', 4
)
_RULE_QUATRE_VINGTS = rt.RuleInfo(
    'quatre_vingts', '80 % de droit', 'bloquante', (_CITE_QUATRE_VINGTS,), 'exemple.circ:53'
)
_CITE_DELAI = rt.Citation(
    'Les demandes sont déposées au plus tard le 10 mars 2025.', 'sources/exemple.txt', 6
)
_CITE_DELAI_2 = rt.Citation(
    'Un dépôt tardif peut être accepté à titre exceptionnel.', 'sources/exemple.txt', 7
)
_RULE_DELAI = rt.RuleInfo(
    'délai', 'Délai', 'bloquante', (_CITE_DELAI, _CITE_DELAI_2), 'exemple.circ:59'
)
_CITE_DUREE_ENTIERE = rt.Citation(
    'La durée du temps partiel, en mois, est vérifiée par le service.', 'sources/exemple.txt', 14
)
_RULE_DUREE_ENTIERE = rt.RuleInfo(
    'durée_entière', 'Durée', 'avertissement', (_CITE_DUREE_ENTIERE,), 'exemple.circ:67'
)
_CITE_CONGE_LONGUE = rt.Citation(
    'Les agents en congé de longue maladie sont informés du dispositif.', 'sources/exemple.txt', 8
)
_RULE_CONGE_LONGUE = rt.RuleInfo(
    'congé_longue',
    'Information des agents en congé',
    'information',
    (_CITE_CONGE_LONGUE,),
    'exemple.circ:72',
)
_NOTICE_CONGE_LONGUE = rt.Finding(
    _RULE_CONGE_LONGUE,
    rt.Outcome.NOTICE,
    'information',
    'Les agents en congé de longue maladie sont informés du dispositif.',
    (),
)
_DEADLINE_LIMITE = rt.DeadlineInfo(
    'limite', 'Date limite de dépôt', _DATE_2025_03_10, True, (_CITE_DELAI,)
)
_SERVICE_CHEF = rt.Recipient('chef', 'Chef de service', False, None)
_CITE_CHEF_SERVICE = rt.Citation("L'avis du chef de service est requis.", 'sources/exemple.txt', 12)
_OPINION_CHEF_SERVICE = rt.OpinionInfo(
    'chef_service', 'Avis du chef de service', 'obligatoire', _SERVICE_CHEF, (_CITE_CHEF_SERVICE,)
)
_CITE_DEMANDE = rt.Citation(
    'La demande est saisie en ligne et reçue par le service de gestion.', 'sources/exemple.txt', 13
)
_SUBMISSION = rt.SubmissionInfo(
    'Saisie en ligne',
    (rt.Delivery('en ligne', False, (_SERVICE_GESTION,)),),
    None,
    (_CITE_DEMANDE,),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # exemple.circ:10
    statut: Literal['titulaire', 'stagiaire', 'contractuel'] | None = Field(
        default=None, alias='statut', title='Statut'
    )
    # exemple.circ:11
    motifs: frozenset[Literal['garde_enfant', 'santé', 'convenance']] | None = Field(
        default=None, alias='motifs', title='Motifs de la demande'
    )
    # exemple.circ:12
    de_droit: bool | None = Field(default=None, alias='de_droit', title='Temps partiel de droit')
    # exemple.circ:13
    quotite: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None, alias='quotité', title='Quotité demandée'
    )
    # exemple.circ:14
    traitement: Annotated[Decimal, Field(ge=0)] | None = Field(
        default=None, alias='traitement', title='Traitement brut mensuel'
    )
    # exemple.circ:15
    enfants: Annotated[int, Field(ge=0, le=20)] | None = Field(
        default=None, alias='enfants', title="Nombre d'enfants"
    )
    # exemple.circ:16
    duree: Annotated[int, Field(ge=0)] | None = Field(
        default=None, alias='durée', title='Durée demandée'
    )
    # exemple.circ:17
    date_depot: datetime.date | None = Field(
        default=None, alias='date_dépôt', title='Date de dépôt'
    )
    # exemple.circ:18
    exceptionnel: bool | None = Field(
        default=None, alias='exceptionnel', title='Dépôt tardif exceptionnel'
    )
    # exemple.circ:19
    conge: Literal['aucun', 'clm', 'cld'] | None = Field(
        default=None, alias='congé', title='Congé en cours'
    )
    # exemple.circ:20
    commentaire: str | None = Field(default=None, alias='commentaire', title='Commentaire libre')

    french_fields: ClassVar[dict[str, str]] = {
        'de_droit': 'boolean',
        'quotité': 'number',
        'quotite': 'number',
        'traitement': 'number',
        'enfants': 'number',
        'durée': 'number',
        'duree': 'number',
        'date_dépôt': 'date',
        'date_depot': 'date',
        'exceptionnel': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'quotité': 'pourcentage',
        'quotite': 'pourcentage',
        'traitement': 'euros',
        'durée': 'mois',
        'duree': 'mois',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_STATUT = rt.plain_reader(Facts, 'statut')
_READ_MOTIFS = rt.plain_reader(Facts, 'motifs')
_READ_DE_DROIT = rt.plain_reader(Facts, 'de_droit')
_READ_QUOTITE = rt.plain_reader(Facts, 'quotité')
_READ_TRAITEMENT = rt.plain_reader(Facts, 'traitement')
_READ_ENFANTS = rt.plain_reader(Facts, 'enfants')
_READ_DUREE = rt.plain_reader(Facts, 'durée')
_READ_DATE_DEPOT = rt.plain_reader(Facts, 'date_dépôt')
_READ_EXCEPTIONNEL = rt.plain_reader(Facts, 'exceptionnel')
_READ_CONGE = rt.plain_reader(Facts, 'congé')
_READ_COMMENTAIRE = rt.plain_reader(Facts, 'commentaire')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal['titulaire', 'stagiaire', 'contractuel'] | None,
    frozenset[Literal['garde_enfant', 'santé', 'convenance']] | None,
    bool | None,
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    Annotated[Decimal, Field(ge=0)] | None,
    Annotated[int, Field(ge=0, le=20)] | None,
    Annotated[int, Field(ge=0)] | None,
    datetime.date | None,
    bool | None,
    Literal['aucun', 'clm', 'cld'] | None,
    str | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            statut = situation.get('statut')
            if statut is not None:
                statut = _READ_STATUT(statut)
            motifs = situation.get('motifs')
            if motifs is not None:
                motifs = _READ_MOTIFS(motifs)
            de_droit = situation.get('de_droit')
            if de_droit is not None and type(de_droit) is not bool:
                de_droit = _READ_DE_DROIT(de_droit)
            quotite = situation.get('quotité')
            if quotite is not None:
                quotite = _READ_QUOTITE(quotite)
            traitement = situation.get('traitement')
            if traitement is not None:
                traitement = _READ_TRAITEMENT(traitement)
            enfants = situation.get('enfants')
            if enfants is not None:
                enfants = _READ_ENFANTS(enfants)
            duree = situation.get('durée')
            if duree is not None:
                duree = _READ_DUREE(duree)
            date_depot = situation.get('date_dépôt')
            if date_depot is not None:
                date_depot = _READ_DATE_DEPOT(date_depot)
            exceptionnel = situation.get('exceptionnel')
            if exceptionnel is not None and type(exceptionnel) is not bool:
                exceptionnel = _READ_EXCEPTIONNEL(exceptionnel)
            conge = situation.get('congé')
            if conge is not None:
                conge = _READ_CONGE(conge)
            commentaire = situation.get('commentaire')
            if commentaire is not None:
                commentaire = _READ_COMMENTAIRE(commentaire)
            return (
                statut,
                motifs,
                de_droit,
                quotite,
                traitement,
                enfants,
                duree,
                date_depot,
                exceptionnel,
                conge,
                commentaire,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.statut,
        facts.motifs,
        facts.de_droit,
        facts.quotite,
        facts.traitement,
        facts.enfants,
        facts.duree,
        facts.date_depot,
        facts.exceptionnel,
        facts.conge,
        facts.commentaire,
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        statut,
        motifs,
        de_droit,
        quotite,
        traitement,
        enfants,
        duree,
        date_depot,
        exceptionnel,
        conge,
        commentaire,
    ) = _read_situation(situation)
    # exemple.circ:33 valeur cotisation
    cotisation = rt.round_cents(rt.div(rt.percent_of(traitement, quotite), 3))
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = []
    condition: bool | None = rt.any_in(motifs, _MOTIFS_VALUES)
    if condition is True:
        checklist.append(_DOC_CERTIFICAT)
    elif condition is None:
        checklist.append(_DOC_CERTIFICAT_IF)
    condition = rt.any_in(motifs, _MOTIFS_VALUES_2)
    if condition is True:
        checklist.append(_DOC_JUSTIFICATIF_GARDE)
    elif condition is None:
        checklist.append(_DOC_JUSTIFICATIF_GARDE_IF)

    # exemple.circ:43 règle public (bloquante)
    holds: bool | None = None if statut is None else statut in _STATUT_VALUES
    if holds is True:
        satisfied.append('public')
    else:
        values: tuple[tuple[str, Any], ...] = (('statut', statut),)
        if holds is False:
            message = (
                'Le statut '
                + rt.fmt_choice(statut, _LABELS_STATUT)
                + " n'ouvre pas droit au dispositif."
            )
            findings.append(
                rt.Finding(_RULE_PUBLIC, rt.Outcome.VIOLATED, 'bloquante', message, values)
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_PUBLIC,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Public.",
                    values,
                    missing=('statut',),
                )
            )
            undecided = True

    # exemple.circ:48 règle quotités (bloquante)
    holds = None if quotite is None else quotite in _QUOTITE_VALUES
    if holds is True:
        satisfied.append('quotités')
    else:
        values = (('quotité', quotite),)
        if holds is False:
            message = 'Quotité ' + rt.fmt(quotite, '%') + ' non prévue.'
            findings.append(
                rt.Finding(_RULE_QUOTITES, rt.Outcome.VIOLATED, 'bloquante', message, values)
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_QUOTITES,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Quotités.",
                    values,
                    missing=('quotité',),
                )
            )
            undecided = True

    # exemple.circ:53 règle quatre_vingts (bloquante)
    applies: bool | None = None if quotite is None else quotite == 80
    if applies is False:
        not_applicable.append('quatre_vingts')
    else:
        holds = de_droit
        if holds is True:
            satisfied.append('quatre_vingts')
        else:
            values = (('quotité', quotite), ('de_droit', de_droit))
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_QUATRE_VINGTS,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        "La quotité de 80 % n'est accordée que de droit.",
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_QUATRE_VINGTS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : 80 % de droit.",
                        values,
                        missing=(('quotité',) if applies is None else ())
                        + (('de_droit',) if holds is None else ()),
                    )
                )
                undecided = True

    # exemple.circ:59 règle délai (bloquante)
    holds = None if date_depot is None else date_depot <= _DATE_2025_03_10
    if holds is True:
        satisfied.append('délai')
    else:
        values = (('date_dépôt', date_depot), ('exceptionnel', exceptionnel), ('motifs', motifs))
        if holds is False:
            resolved = rt.exception_outcome(
                _RULE_DELAI,
                (
                    (exceptionnel, 'avertissement', 'sauf si exceptionnel'),
                    (
                        rt.and3(
                            rt.any_in(motifs, _MOTIFS_VALUES),
                            (None if exceptionnel is None else not exceptionnel),
                        ),
                        'levée',
                        'sauf si motifs dans {santé} et non exceptionnel',
                    ),
                ),
            )
            if resolved is not None and resolved[0] == 'indéterminée':
                findings.append(
                    rt.Finding(
                        _RULE_DELAI,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : Délai.",
                        values,
                        missing=rt.unknown(('exceptionnel', exceptionnel))
                        + rt.missing_and(
                            rt.any_in(motifs, _MOTIFS_VALUES),
                            rt.unknown(('motifs', motifs)),
                            (None if exceptionnel is None else not exceptionnel),
                            rt.unknown(('exceptionnel', exceptionnel)),
                        ),
                    )
                )
                undecided = True
            else:
                message = 'Demande déposée le ' + rt.fmt(date_depot) + ', après la date limite.'
                if resolved is None:
                    findings.append(
                        rt.Finding(_RULE_DELAI, rt.Outcome.VIOLATED, 'bloquante', message, values)
                    )
                    refused = True
                elif resolved[0] == 'conflit':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI,
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
                            _RULE_DELAI,
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
                            _RULE_DELAI,
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
                    _RULE_DELAI,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Délai.",
                    values,
                    missing=rt.unknown(('date_dépôt', date_depot)),
                )
            )
            undecided = True

    # exemple.circ:67 règle durée_entière (avertissement)
    holds = rt.all3(
        (None if duree is None else duree > 0),
        rt.not3(
            rt.or3(
                (None if enfants is None else enfants < 0),
                (None if enfants is None else enfants > 19),
            )
        ),
        (None if commentaire is None else commentaire != 'refus'),
    )
    if holds is True:
        satisfied.append('durée_entière')
    else:
        values = (('durée', duree), ('enfants', enfants), ('commentaire', commentaire))
        if holds is False:
            message = 'Durée de ' + rt.fmt(duree, 'mois') + ' à vérifier.'
            findings.append(
                rt.Finding(
                    _RULE_DUREE_ENTIERE, rt.Outcome.VIOLATED, 'avertissement', message, values
                )
            )
            warned = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DUREE_ENTIERE,
                    rt.Outcome.UNDECIDED,
                    'avertissement',
                    "À vérifier, faute d'information : Durée.",
                    values,
                    missing=rt.missing_all(
                        ((None if duree is None else duree > 0), rt.unknown(('durée', duree))),
                        (
                            rt.not3(
                                rt.or3(
                                    (None if enfants is None else enfants < 0),
                                    (None if enfants is None else enfants > 19),
                                )
                            ),
                            rt.missing_or(
                                (None if enfants is None else enfants < 0),
                                rt.unknown(('enfants', enfants)),
                                (None if enfants is None else enfants > 19),
                                rt.unknown(('enfants', enfants)),
                            ),
                        ),
                        (
                            (None if commentaire is None else commentaire != 'refus'),
                            rt.unknown(('commentaire', commentaire)),
                        ),
                    ),
                )
            )

    # exemple.circ:72 règle congé_longue (information)
    applies = None if conge is None else conge not in _CONGE_VALUES
    if applies is True:
        findings.append(_NOTICE_CONGE_LONGUE)
    elif applies is False:
        not_applicable.append('congé_longue')

    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER),
        checklist=tuple(checklist),
        deadlines=(_DEADLINE_LIMITE,),
        opinions=(_OPINION_CHEF_SERVICE,),
        submissions=(_SUBMISSION,),
        computed={'cotisation': cotisation},
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        statut,
        motifs,
        de_droit,
        quotite,
        _,
        enfants,
        duree,
        date_depot,
        exceptionnel,
        _,
        commentaire,
    ) = _read_situation(situation)
    failed: list[str] = []
    refused = undecided = warned = False

    # exemple.circ:43 règle public (bloquante)
    holds: bool | None = None if statut is None else statut in _STATUT_VALUES
    if holds is False:
        failed.append('public')
        refused = True
    elif holds is not True:
        undecided = True

    # exemple.circ:48 règle quotités (bloquante)
    holds = None if quotite is None else quotite in _QUOTITE_VALUES
    if holds is False:
        failed.append('quotités')
        refused = True
    elif holds is not True:
        undecided = True

    # exemple.circ:53 règle quatre_vingts (bloquante)
    applies: bool | None = None if quotite is None else quotite == 80
    if applies is not False:
        holds = de_droit
        if holds is False and applies is True:
            failed.append('quatre_vingts')
            refused = True
        elif holds is not True:
            undecided = True

    # exemple.circ:59 règle délai (bloquante)
    holds = None if date_depot is None else date_depot <= _DATE_2025_03_10
    if holds is False:
        resolved = rt.exception_outcome(
            _RULE_DELAI,
            (
                (exceptionnel, 'avertissement', 'sauf si exceptionnel'),
                (
                    rt.and3(
                        rt.any_in(motifs, _MOTIFS_VALUES),
                        (None if exceptionnel is None else not exceptionnel),
                    ),
                    'levée',
                    'sauf si motifs dans {santé} et non exceptionnel',
                ),
            ),
        )
        if resolved is None or resolved[0] == 'conflit':
            failed.append('délai')
            refused = True
        elif resolved[0] == 'indéterminée':
            undecided = True
        elif resolved[0] == 'avertissement':
            failed.append('délai')
            warned = True
    elif holds is not True:
        undecided = True

    # exemple.circ:67 règle durée_entière (avertissement)
    holds = rt.all3(
        (None if duree is None else duree > 0),
        rt.not3(
            rt.or3(
                (None if enfants is None else enfants < 0),
                (None if enfants is None else enfants > 19),
            )
        ),
        (None if commentaire is None else commentaire != 'refus'),
    )
    if holds is False:
        failed.append('durée_entière')
        warned = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
