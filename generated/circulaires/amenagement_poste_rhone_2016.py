# Généré par circdsl depuis circulars/amenagement_poste_rhone_2016.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Aménagement du poste de travail des personnels enseignants du premier degré du '
    "Rhône, 2016-2017 (Direction des services départementaux de l'éducation nationale du Rhône "
    '(DSDEN du Rhône)).'
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='amenagement_poste_rhone_2016',
    title=(
        'Aménagement du poste de travail des personnels enseignants du premier degré du Rhône, '
        '2016-2017'
    ),
    authority=(
        "Direction des services départementaux de l'éducation nationale du Rhône (DSDEN du Rhône)"
    ),
    reference='2015-2016 n°49',
    issued=datetime.date(2015, 12, 7),
    school_year='2016-2017',
    dispositif='Aménagement du poste de travail',
    source='sources/001_cc7aae5ac81a0895.txt',
    file='circulars/amenagement_poste_rhone_2016.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.rqth': (
        "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
        'invalidité »...)'
    ),
    'agent.demande_rqth_en_cours': (
        'Une demande de reconnaissance de la qualité de travailleur handicapé est en cours '
        "d'instruction auprès de la MDPH"
    ),
    'demande.documents_médicaux_joints': (
        "Des documents d'ordre médical sont joints à ce qui est adressé aux services "
        'administratifs (hors service médical)'
    ),
    'aménagement.mesures': "Mesures d'aménagement sollicitées",
}
_FACT_ORDER: dict[str, int] = {
    'agent.rqth': 0,
    'agent.demande_rqth_en_cours': 1,
    'demande.documents_médicaux_joints': 2,
    'aménagement.mesures': 3,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {'dossier_médical': ()}
_AMENAGEMENT_MESURES_VALUES = frozenset({'aménagement_horaire'})
_AMENAGEMENT_MESURES_VALUES_2 = frozenset({'aménagement_matériel'})
_AMENAGEMENT_MESURES_VALUES_3 = frozenset({'assistance_humaine'})
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
_CITE_DOSSIER_MEDICAL = rt.Citation(
    (
        "accompagnée d'un dossier médical complet, au médecin conseiller technique de madame la "
        'rectrice'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    88,
)
_DOC_DOSSIER_MEDICAL = rt.ChecklistItem(
    'dossier_médical',
    'Dossier médical complet',
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', False, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    None,
    (_CITE_DOSSIER_MEDICAL,),
)
_CITE_BENEFICIAIRES = rt.Citation(
    (
        'Sont concernés par ces mesures les personnels en situation de handicap ayant obtenu la '
        'reconnaissance de la qualité de travailleur handicapé (RQTH) ou, à titre exceptionnel, '
        'ceux dont la demande de reconnaissance est en cours auprès de la maison départementale '
        'des personnes handicapées (MDPH), ou la maison départementale et métropolitaine des '
        'personnes handicapées pour le département du Rhône (MDMPH).'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    72,
)
_RULE_BENEFICIAIRES = rt.RuleInfo(
    'bénéficiaires',
    'Personnels reconnus travailleurs handicapés (RQTH), ou à titre exceptionnel demande en cours',
    'bloquante',
    (_CITE_BENEFICIAIRES,),
    'circulars/amenagement_poste_rhone_2016.circ:52',
)
_CITE_OBJET_AMENAGEMENT = rt.Citation(
    (
        'Cet aménagement doit permettre le maintien en activité dans les fonctions occupées, ou, '
        "dans le cas d'une première affectation ou d'une mutation, faciliter l'intégration dans "
        'un nouveau poste.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    70,
)
_RULE_OBJET_AMENAGEMENT = rt.RuleInfo(
    'objet_aménagement',
    'Maintien dans les fonctions ou intégration dans un nouveau poste',
    'information',
    (_CITE_OBJET_AMENAGEMENT,),
    'circulars/amenagement_poste_rhone_2016.circ:58',
)
_NOTICE_OBJET_AMENAGEMENT = rt.Finding(
    _RULE_OBJET_AMENAGEMENT,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'aménagement doit permettre le maintien en activité dans les fonctions occupées ou, "
        "après une première affectation ou une mutation, faciliter l'intégration dans un nouveau "
        'poste.'
    ),
    (),
)
_CITE_AMENAGEMENT_HORAIRE = rt.Citation(
    (
        "adaptation des horaires ou aménagement de l'emploi du temps (dans la limite de la "
        'compatibilité avec les nécessités de service)'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    77,
)
_CITE_AMENAGEMENT_HORAIRE_2 = rt.Citation(
    (
        "Il convient de préciser que l'aménagement d'horaire est soumis aux contraintes de "
        'présence devant les élèves.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    90,
)
_RULE_AMENAGEMENT_HORAIRE = rt.RuleInfo(
    'aménagement_horaire',
    (
        'Aménagement horaire : dans la limite des nécessités de service et de la présence devant '
        'les élèves'
    ),
    'information',
    (_CITE_AMENAGEMENT_HORAIRE, _CITE_AMENAGEMENT_HORAIRE_2),
    'circulars/amenagement_poste_rhone_2016.circ:63',
)
_NOTICE_AMENAGEMENT_HORAIRE = rt.Finding(
    _RULE_AMENAGEMENT_HORAIRE,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'aménagement horaire de service (adaptation des horaires ou de l'emploi du temps) est "
        'accordé dans la limite de sa compatibilité avec les nécessités de service ; il est soumis '
        'aux contraintes de présence devant les élèves.'
    ),
    (),
)
_CITE_AMENAGEMENT_MATERIEL = rt.Citation(
    "attribution d'équipements spécifiques adaptés au handicap : logiciels, meubles, prothèses...",
    'sources/001_cc7aae5ac81a0895.txt',
    79,
)
_CITE_AMENAGEMENT_MATERIEL_2 = rt.Citation(
    "mise à disposition d'une salle, accessibilité aux locaux...",
    'sources/001_cc7aae5ac81a0895.txt',
    80,
)
_RULE_AMENAGEMENT_MATERIEL = rt.RuleInfo(
    'aménagement_matériel',
    'Aménagement matériel du poste',
    'information',
    (_CITE_AMENAGEMENT_MATERIEL, _CITE_AMENAGEMENT_MATERIEL_2),
    'circulars/amenagement_poste_rhone_2016.circ:69',
)
_NOTICE_AMENAGEMENT_MATERIEL = rt.Finding(
    _RULE_AMENAGEMENT_MATERIEL,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'aménagement matériel peut consister en l'attribution d'équipements spécifiques "
        "adaptés au handicap (logiciels, meubles, prothèses...), la mise à disposition d'une "
        "salle ou l'accessibilité aux locaux."
    ),
    (),
)
_CITE_ASSISTANCE_HUMAINE = rt.Citation(
    (
        "aide humaine dédiée à l'accompagnement des personnels dans leur activité professionnelle "
        'dans le cas de certains types de handicap, tels que les handicaps moteurs ou sensoriels '
        'par exemple.'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    82,
)
_RULE_ASSISTANCE_HUMAINE = rt.RuleInfo(
    'assistance_humaine',
    'Accompagnement par une assistance humaine',
    'information',
    (_CITE_ASSISTANCE_HUMAINE,),
    'circulars/amenagement_poste_rhone_2016.circ:75',
)
_NOTICE_ASSISTANCE_HUMAINE = rt.Finding(
    _RULE_ASSISTANCE_HUMAINE,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'assistance humaine est une aide dédiée à l'accompagnement dans l'activité "
        'professionnelle, pour certains types de handicap (par exemple moteurs ou sensoriels).'
    ),
    (),
)
_CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN = rt.Citation(
    (
        "La demande devra également être adressée, accompagnée d'un dossier médical complet, au "
        'médecin conseiller technique de madame la rectrice'
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    88,
)
_CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN_2 = rt.Citation(
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
    (_CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN, _CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN_2),
    'circulars/amenagement_poste_rhone_2016.circ:81',
)
_SERVICE_MEDECIN_PREVENTION = rt.Recipient(
    'médecin_prévention', 'Médecin de prévention', True, None
)
_CITE_AVIS_MEDECIN_PREVENTION = rt.Citation(
    (
        'Le médecin de prévention établira le bien-fondé de chaque demande et déterminera le '
        'besoin au regard de leur situation particulière. Son avis sera transmis à monsieur '
        "l'inspecteur d'académie."
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    88,
)
_OPINION_AVIS_MEDECIN_PREVENTION = rt.OpinionInfo(
    'avis_médecin_prévention',
    'Avis du médecin de prévention sur le bien-fondé de la demande et le besoin',
    'obligatoire',
    _SERVICE_MEDECIN_PREVENTION,
    (_CITE_AVIS_MEDECIN_PREVENTION,),
)
_SERVICE_SUPERIEUR_HIERARCHIQUE = rt.Recipient(
    'supérieur_hiérarchique', "Supérieur hiérarchique de l'enseignant", False, None
)
_CITE_AVIS_SUPERIEUR = rt.Citation(
    (
        "L'étude de leur faisabilité dans l'établissement sera conduite en liaison avec le "
        "supérieur hiérarchique de l'enseignant dont l'avis sera transmis à monsieur "
        "l'inspecteur d'académie."
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    90,
)
_OPINION_AVIS_SUPERIEUR = rt.OpinionInfo(
    'avis_supérieur',
    "Avis du supérieur hiérarchique sur la faisabilité dans l'établissement",
    'obligatoire',
    _SERVICE_SUPERIEUR_HIERARCHIQUE,
    (_CITE_AVIS_SUPERIEUR,),
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
    (
        "L'aménagement du poste de travail doit être sollicité par l'enseignant par courrier, "
        'sous couvert de son supérieur hiérarchique, adressé à la direction des services '
        "départementaux de l'éducation nationale du Rhône (DSDEN)"
    ),
    'sources/001_cc7aae5ac81a0895.txt',
    86,
)
_SUBMISSION = rt.SubmissionInfo(
    "Courrier de demande d'aménagement, sous couvert du supérieur hiérarchique",
    (rt.Delivery('voie postale', False, (_SERVICE_SUPERIEUR_HIERARCHIQUE, _SERVICE_DPE_AI)),),
    'DSDEN du Rhône, DPE-AI, 21 rue Jaboulay, 69309 Lyon Cedex 07',
    (_CITE_DEMANDE,),
)
_SUBMISSION_2 = rt.SubmissionInfo(
    'Copie de la demande au médecin conseiller technique, avec le dossier médical',
    (rt.Delivery('voie postale', False, (_SERVICE_MEDECIN_CONSEILLER_TECHNIQUE,)),),
    (
        'Service médical de prévention, Madame le docteur Butheau, Rectorat de Lyon, 92 rue de '
        'Marseille, BP 7227, 69354 Lyon Cedex 07'
    ),
    (_CITE_DOCUMENTS_MEDICAUX_HORS_DSDEN,),
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
    # circulars/commun.circ:40
    agent_demande_rqth_en_cours: bool | None = Field(
        default=None,
        alias='agent.demande_rqth_en_cours',
        title=(
            'Une demande de reconnaissance de la qualité de travailleur handicapé est en cours '
            "d'instruction auprès de la MDPH"
        ),
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
    # circulars/amenagement_poste_rhone_2016.circ:22
    amenagement_mesures: frozenset[
        Literal['aménagement_horaire', 'aménagement_matériel', 'assistance_humaine']
    ] | None = Field(
        default=None, alias='aménagement.mesures', title="Mesures d'aménagement sollicitées"
    )

    french_fields: ClassVar[dict[str, str]] = {
        'agent.rqth': 'boolean',
        'agent_rqth': 'boolean',
        'agent.demande_rqth_en_cours': 'boolean',
        'agent_demande_rqth_en_cours': 'boolean',
        'demande.documents_médicaux_joints': 'boolean',
        'demande_documents_medicaux_joints': 'boolean',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_RQTH = rt.plain_reader(Facts, 'agent.rqth')
_READ_AGENT_DEMANDE_RQTH_EN_COURS = rt.plain_reader(Facts, 'agent.demande_rqth_en_cours')
_READ_DEMANDE_DOCUMENTS_MEDICAUX_JOINTS = rt.plain_reader(
    Facts, 'demande.documents_médicaux_joints'
)
_READ_AMENAGEMENT_MESURES = rt.plain_reader(Facts, 'aménagement.mesures')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    bool | None,
    bool | None,
    bool | None,
    frozenset[Literal['aménagement_horaire', 'aménagement_matériel', 'assistance_humaine']] | None,
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
            agent_demande_rqth_en_cours = situation.get('agent.demande_rqth_en_cours')
            if (
                agent_demande_rqth_en_cours is not None
                and type(agent_demande_rqth_en_cours) is not bool
            ):
                agent_demande_rqth_en_cours = (
                    _READ_AGENT_DEMANDE_RQTH_EN_COURS(agent_demande_rqth_en_cours)
                )
            demande_documents_medicaux_joints = situation.get('demande.documents_médicaux_joints')
            if (
                demande_documents_medicaux_joints is not None
                and type(demande_documents_medicaux_joints) is not bool
            ):
                demande_documents_medicaux_joints = (
                    _READ_DEMANDE_DOCUMENTS_MEDICAUX_JOINTS(demande_documents_medicaux_joints)
                )
            amenagement_mesures = situation.get('aménagement.mesures')
            if amenagement_mesures is not None:
                amenagement_mesures = _READ_AMENAGEMENT_MESURES(amenagement_mesures)
            return (
                agent_rqth,
                agent_demande_rqth_en_cours,
                demande_documents_medicaux_joints,
                amenagement_mesures,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_rqth,
        facts.agent_demande_rqth_en_cours,
        facts.demande_documents_medicaux_joints,
        facts.amenagement_mesures,
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_rqth,
        agent_demande_rqth_en_cours,
        demande_documents_medicaux_joints,
        amenagement_mesures,
    ) = _read_situation(situation)
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = [_DOC_DOSSIER_MEDICAL]

    # circulars/amenagement_poste_rhone_2016.circ:52 règle bénéficiaires (bloquante)
    holds: bool | None = agent_rqth
    if holds is True:
        satisfied.append('bénéficiaires')
    else:
        values: tuple[tuple[str, Any], ...] = (
            ('agent.rqth', agent_rqth), ('agent.demande_rqth_en_cours', agent_demande_rqth_en_cours)
        )
        if holds is False:
            resolved = rt.exception_outcome(
                _RULE_BENEFICIAIRES,
                (
                    (
                        agent_demande_rqth_en_cours,
                        'avertissement',
                        'sauf si agent.demande_rqth_en_cours',
                    ),
                ),
            )
            if resolved is not None and resolved[0] == 'indéterminée':
                findings.append(
                    rt.Finding(
                        _RULE_BENEFICIAIRES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Personnels reconnus travailleurs "
                            'handicapés (RQTH), ou à titre exceptionnel demande en cours.'
                        ),
                        values,
                        missing=rt.unknown(
                            ('agent.demande_rqth_en_cours', agent_demande_rqth_en_cours)
                        ),
                    )
                )
                undecided = True
            else:
                message = (
                    "L'aménagement du poste de travail est réservé aux personnels ayant obtenu la "
                    'reconnaissance de la qualité de travailleur handicapé (RQTH) ; à titre '
                    'exceptionnel, il peut être sollicité si une demande de reconnaissance est en '
                    "cours auprès de la MDPH (MDMPH pour le Rhône). Vous n'avez ni RQTH ni "
                    'demande en cours.'
                )
                if resolved is None:
                    findings.append(
                        rt.Finding(
                            _RULE_BENEFICIAIRES, rt.Outcome.VIOLATED, 'bloquante', message, values
                        )
                    )
                    refused = True
                elif resolved[0] == 'conflit':
                    findings.append(
                        rt.Finding(
                            _RULE_BENEFICIAIRES,
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
                            _RULE_BENEFICIAIRES,
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
                            _RULE_BENEFICIAIRES,
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
                    _RULE_BENEFICIAIRES,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Personnels reconnus travailleurs "
                        'handicapés (RQTH), ou à titre exceptionnel demande en cours.'
                    ),
                    values,
                    missing=('agent.rqth',),
                )
            )
            undecided = True

    # circulars/amenagement_poste_rhone_2016.circ:58 règle objet_aménagement (information)
    findings.append(_NOTICE_OBJET_AMENAGEMENT)

    # circulars/amenagement_poste_rhone_2016.circ:63 règle aménagement_horaire (information)
    applies: bool | None = rt.any_in(amenagement_mesures, _AMENAGEMENT_MESURES_VALUES)
    if applies is True:
        findings.append(_NOTICE_AMENAGEMENT_HORAIRE)
    elif applies is False:
        not_applicable.append('aménagement_horaire')

    # circulars/amenagement_poste_rhone_2016.circ:69 règle aménagement_matériel (information)
    applies = rt.any_in(amenagement_mesures, _AMENAGEMENT_MESURES_VALUES_2)
    if applies is True:
        findings.append(_NOTICE_AMENAGEMENT_MATERIEL)
    elif applies is False:
        not_applicable.append('aménagement_matériel')

    # circulars/amenagement_poste_rhone_2016.circ:75 règle assistance_humaine (information)
    applies = rt.any_in(amenagement_mesures, _AMENAGEMENT_MESURES_VALUES_3)
    if applies is True:
        findings.append(_NOTICE_ASSISTANCE_HUMAINE)
    elif applies is False:
        not_applicable.append('assistance_humaine')

    # circulars/amenagement_poste_rhone_2016.circ:81 règle documents_médicaux_hors_dsden (bloquante)
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
                        'DSDEN du Rhône : retirez-les du courrier adressé à la DPE-AI et '
                        'adressez-les au seul médecin conseiller technique de la rectrice.'
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

    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),
        checklist=tuple(checklist),
        deadlines=(),
        opinions=(_OPINION_AVIS_MEDECIN_PREVENTION, _OPINION_AVIS_SUPERIEUR),
        submissions=(_SUBMISSION, _SUBMISSION_2),
        computed={},
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_rqth, agent_demande_rqth_en_cours, demande_documents_medicaux_joints, _
    ) = _read_situation(situation)
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/amenagement_poste_rhone_2016.circ:52 règle bénéficiaires (bloquante)
    holds: bool | None = agent_rqth
    if holds is False:
        resolved = rt.exception_outcome(
            _RULE_BENEFICIAIRES,
            (
                (
                    agent_demande_rqth_en_cours,
                    'avertissement',
                    'sauf si agent.demande_rqth_en_cours',
                ),
            ),
        )
        if resolved is None or resolved[0] == 'conflit':
            failed.append('bénéficiaires')
            refused = True
        elif resolved[0] == 'indéterminée':
            undecided = True
        elif resolved[0] == 'avertissement':
            failed.append('bénéficiaires')
            warned = True
    elif holds is not True:
        undecided = True

    # circulars/amenagement_poste_rhone_2016.circ:81 règle documents_médicaux_hors_dsden (bloquante)
    holds = (
        None if demande_documents_medicaux_joints is None else not demande_documents_medicaux_joints
    )
    if holds is False:
        failed.append('documents_médicaux_hors_dsden')
        refused = True
    elif holds is not True:
        undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
