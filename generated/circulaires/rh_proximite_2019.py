# Généré par circdsl depuis circulars/rh_proximite_2019.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    "Validateur : La RH de proximité : modalités de mise en place dans l'académie 2019/2020 "
    "(Rectorat de l'académie d'Aix-Marseille – Direction des Relations et des Ressources "
    'Humaines (DRRH)).'
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
    name='rh_proximite_2019',
    title="La RH de proximité : modalités de mise en place dans l'académie 2019/2020",
    authority=(
        "Rectorat de l'académie d'Aix-Marseille – Direction des Relations et des Ressources "
        'Humaines (DRRH)'
    ),
    reference='Bulletin académique spécial n° 413',
    issued=datetime.date(2019, 12, 9),
    school_year='2019-2020',
    dispositif='RH de proximité',
    source='sources/004_2d4123b577c6e586.txt',
    file='circulars/rh_proximite_2019.circ',
)
FACT_LABELS: dict[str, str] = {
    'proximité.public': 'Catégorie de personnel',
    'proximité.département': "Département d'exercice",
    'proximité.réseau': "Réseau d'établissements",
    'proximité.domaine': "Domaine à aborder au cours de l'entretien",
}
_FACT_ORDER: dict[str, int] = {
    'proximité.public': 0, 'proximité.département': 1, 'proximité.réseau': 2, 'proximité.domaine': 3
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {'formulaire_rendez_vous': ()}
_PROXIMITE_PUBLIC_VALUES = frozenset({'aesh', 'professeur_écoles'})
_PROXIMITE_PUBLIC_VALUES_2 = frozenset(
    {'aed', 'cpe', 'encadrement_administratif', 'enseignant_second_degré', 'psyen'}
)
_SERVICE_PGRHM04 = rt.Recipient(
    'pgrhm04',
    'DSDEN 04 – enseignants du 1er degré et AESH des Alpes-de-Haute-Provence',
    False,
    'ce.pgrhm04@ac-aix-marseille.fr',
)
_SERVICE_D1D05 = rt.Recipient(
    'd1d05',
    'DSDEN 05 – enseignants du 1er degré et AESH des Hautes-Alpes',
    False,
    'ce.d1d05@ac-aix-marseille.fr',
)
_SERVICE_DPE13 = rt.Recipient(
    'dpe13',
    'DSDEN 13 – professeurs des écoles des Bouches-du-Rhône',
    False,
    'ce.dpe13-secrétariat@ac-aix-marseille.fr',
)
_SERVICE_DPNE13 = rt.Recipient(
    'dpne13',
    'DSDEN 13 – AESH des Bouches-du-Rhône',
    False,
    'ce.dpne13-secrétariat@ac-aix-marseille.fr',
)
_SERVICE_POLE1D84 = rt.Recipient(
    'pole1d84',
    'DSDEN 84 – professeurs des écoles du Vaucluse',
    False,
    'pole.1d84@ac-aix-marseille.fr',
)
_SERVICE_AEDCUI84 = rt.Recipient(
    'aedcui84', 'DSDEN 84 – AESH du Vaucluse', False, 'bureau.aedcui84@ac-aix-marseille.fr'
)
_SERVICE_PROXIRH = rt.Recipient(
    'proxirh',
    (
        'RH de proximité du rectorat – encadrement, administratifs (hors rectorat), enseignants du '
        '2nd degré, CPE, PsyEN, AED'
    ),
    False,
    'proxirh@ac-aix-marseille.fr',
)
_SERVICE_RHPROXIRECTORAT = rt.Recipient(
    'rhproxirectorat',
    (
        'Référente RH de proximité des personnels du rectorat (Mme Quaranta, chef de bureau à la '
        'DIEPAT)'
    ),
    False,
    'rhproxirectorat@ac-aix-marseille.fr',
)
_SERVICE_DEEP = rt.Recipient(
    'deep',
    (
        "Division de l'enseignement privé – enseignants du 1er et 2nd degré de l'enseignement "
        'privé sous contrat'
    ),
    False,
    'ce.deep@ac-aix-marseille.fr',
)
_ROWS_INTERLOCUTEUR = (
    (_SERVICE_PGRHM04,),
    (_SERVICE_PGRHM04,),
    (_SERVICE_D1D05,),
    (_SERVICE_DPE13,),
    (_SERVICE_DPNE13,),
    (_SERVICE_POLE1D84,),
    (_SERVICE_AEDCUI84,),
    (_SERVICE_PROXIRH,),
    (_SERVICE_RHPROXIRECTORAT,),
    (_SERVICE_DEEP,),
    (None,),
)
_DATE_2019_11_20 = datetime.date(2019, 11, 20)
_DATE_2019_12_04 = datetime.date(2019, 12, 4)
_DATE_2020_02_05 = datetime.date(2020, 2, 5)
_DATE_2020_02_12 = datetime.date(2020, 2, 12)
_DATE_2020_03_11 = datetime.date(2020, 3, 11)
_ROWS_PERMANENCE_SECOND_DEGRE = (
    (_DATE_2019_11_20, "Lycée de l'Arc - Orange"),
    (_DATE_2019_12_04, 'Collège Mistral - Arles'),
    (_DATE_2020_02_05, 'à déterminer'),
    (_DATE_2020_02_12, 'à déterminer'),
    (_DATE_2020_03_11, 'à déterminer'),
)
_DATE_2019_12_11 = datetime.date(2019, 12, 11)
_DATE_2020_01_15 = datetime.date(2020, 1, 15)
_DATE_2020_04_01 = datetime.date(2020, 4, 1)
_DATE_2020_05_06 = datetime.date(2020, 5, 6)
_ROWS_PERMANENCE_PREMIER_DEGRE_13 = (
    (_DATE_2019_11_20,),
    (_DATE_2019_12_11,),
    (_DATE_2020_01_15,),
    (_DATE_2020_02_05,),
    (_DATE_2020_03_11,),
    (_DATE_2020_04_01,),
    (_DATE_2020_05_06,),
)
_PROXIMITE_PUBLIC_VALUES_3 = frozenset({'autre'})
_PROXIMITE_RESEAU_VALUES = frozenset(
    {'bléone_durance', 'camargue', 'haut_vaucluse', 'les_écrins', 'porte_des_alpes'}
)
_PROXIMITE_DEPARTEMENT_VALUES = frozenset({'alpes_de_haute_provence', 'vaucluse'})
_PROXIMITE_RESEAU_VALUES_2 = frozenset(
    {'camargue', 'crau', 'côte_bleue', 'garlaban', 'nerthe', 'sainte_victoire', 'salon'}
)
_PROXIMITE_DOMAINE_VALUES = frozenset({'pratique_professionnelle', 'santé_social'})
_SERVICE_ETABLISSEMENT_AFFECTATION = rt.Recipient(
    'établissement_affectation',
    "Établissement d'affectation, sous couvert duquel le formulaire de rendez-vous est retourné",
    False,
    None,
)
_CITE_FORMULAIRE_RENDEZ_VOUS = rt.Citation(
    'Un formulaire de prise de rendez-vous est également disponible',
    'sources/004_2d4123b577c6e586.txt',
    569,
)
_CITE_FORMULAIRE_RENDEZ_VOUS_2 = rt.Citation(
    'Le formulaire complété est à retourner, sous couvert de l’établissement',
    'sources/004_2d4123b577c6e586.txt',
    1049,
)
_DOC_FORMULAIRE_RENDEZ_VOUS = rt.ChecklistItem(
    'formulaire_rendez_vous',
    'Formulaire de prise de rendez-vous aux permanences RH de proximité (annexe 3)',
    'facultative',
    None,
    False,
    False,
    (rt.Delivery('main propre', False, (_SERVICE_ETABLISSEMENT_AFFECTATION,)),),
    (
        "Indiquer : nom, prénom, statut, mail, n° de portable, établissement d'affectation, "
        "créneaux d'indisponibilité dans la journée de permanence, domaine à aborder et "
        "précisions. Le formulaire complété est à retourner sous couvert de l'établissement."
    ),
    (_CITE_FORMULAIRE_RENDEZ_VOUS, _CITE_FORMULAIRE_RENDEZ_VOUS_2),
)
_CITE_DEMANDE = rt.Citation(
    'RH de proximité : trouver le bon interlocuteur', 'sources/004_2d4123b577c6e586.txt', 1052
)
_SUBMISSION = rt.SubmissionInfo(
    (
        "Demande de rendez-vous ou question RH de proximité, par mail à l'interlocuteur de sa "
        'catégorie'
    ),
    (),
    None,
    (_CITE_DEMANDE,),
)
_CITE_PUBLIC_PERMANENCES = rt.Citation(
    'seront reçus tous(*) les personnels qui le souhaitent d’un réseau ou d’un territoire',
    'sources/004_2d4123b577c6e586.txt',
    564,
)
_CITE_PUBLIC_PERMANENCES_2 = rt.Citation(
    (
        'Personnels d’encadrement et administratif – enseignants du 1er degré, du second degré, de '
        'l’enseignement privé – personnels CPE et PsyEN – AED et AESH'
    ),
    'sources/004_2d4123b577c6e586.txt',
    572,
)
_RULE_PUBLIC_PERMANENCES = rt.RuleInfo(
    'public_permanences',
    'Personnels reçus aux permanences RH',
    'bloquante',
    (_CITE_PUBLIC_PERMANENCES, _CITE_PUBLIC_PERMANENCES_2),
    'circulars/rh_proximite_2019.circ:172',
)
_RULE_CONTACT_INTERLOCUTEUR = rt.RuleInfo(
    'contact_interlocuteur',
    'Votre interlocuteur RH de proximité',
    'information',
    (_CITE_DEMANDE,),
    'circulars/rh_proximite_2019.circ:178',
)
_CITE_PERMANENCE_RESEAU_ELOIGNE = rt.Citation(
    (
        'Ces permanences vont d’abord être organisées dans les réseaux les plus éloignés '
        'conformément au planning ci-dessous.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    577,
)
_CITE_PERMANENCE_RESEAU_ELOIGNE_2 = rt.Citation(
    'L’information est relayée par chacun des établissements du réseau auprès de ses personnels.',
    'sources/004_2d4123b577c6e586.txt',
    579,
)
_RULE_PERMANENCE_RESEAU_ELOIGNE = rt.RuleInfo(
    'permanence_réseau_éloigné',
    'Permanence RH du 2nd degré dans votre réseau',
    'information',
    (_CITE_PERMANENCE_RESEAU_ELOIGNE, _CITE_PERMANENCE_RESEAU_ELOIGNE_2),
    'circulars/rh_proximite_2019.circ:183',
)
_RULE_PERMANENCE_AUTRES_RESEAUX = rt.RuleInfo(
    'permanence_autres_réseaux',
    'Pas encore de permanence RH du 2nd degré dans votre réseau',
    'information',
    (_CITE_PERMANENCE_RESEAU_ELOIGNE,),
    'circulars/rh_proximite_2019.circ:190',
)
_NOTICE_PERMANENCE_AUTRES_RESEAUX = rt.Finding(
    _RULE_PERMANENCE_AUTRES_RESEAUX,
    rt.Outcome.NOTICE,
    'information',
    (
        "Les permanences du 2nd degré sont d'abord organisées dans les réseaux les plus éloignés "
        ": le planning 2019-2020 n'en prévoit pas encore dans votre réseau. Vous pouvez écrire à "
        'proxirh@ac-aix-marseille.fr.'
    ),
    (),
)
_CITE_RENDEZ_VOUS_SUR_DEMANDE = rt.Citation(
    'Planning de la DSDEN 04 : les rendez-vous sont organisés sur demande.',
    'sources/004_2d4123b577c6e586.txt',
    595,
)
_CITE_RENDEZ_VOUS_SUR_DEMANDE_2 = rt.Citation(
    'Planning de la DSDEN 84 : les rendez-vous sont organisés sur demande',
    'sources/004_2d4123b577c6e586.txt',
    677,
)
_RULE_RENDEZ_VOUS_SUR_DEMANDE = rt.RuleInfo(
    'rendez_vous_sur_demande',
    '1er degré dans les Alpes-de-Haute-Provence et le Vaucluse : rendez-vous sur demande',
    'information',
    (_CITE_RENDEZ_VOUS_SUR_DEMANDE, _CITE_RENDEZ_VOUS_SUR_DEMANDE_2),
    'circulars/rh_proximite_2019.circ:196',
)
_CITE_PLANNING_DSDEN_05 = rt.Citation(
    'Planning prévisionnel de la DSDEN 05 :', 'sources/004_2d4123b577c6e586.txt', 596
)
_CITE_PLANNING_DSDEN_05_2 = rt.Citation(
    'Mercredi 13 mai 2020 Contrat : fin de contrat - renouvellement',
    'sources/004_2d4123b577c6e586.txt',
    656,
)
_RULE_PLANNING_DSDEN_05 = rt.RuleInfo(
    'planning_dsden_05',
    '1er degré dans les Hautes-Alpes : planning prévisionnel de la DSDEN 05',
    'information',
    (_CITE_PLANNING_DSDEN_05, _CITE_PLANNING_DSDEN_05_2),
    'circulars/rh_proximite_2019.circ:202',
)
_NOTICE_PLANNING_DSDEN_05 = rt.Finding(
    _RULE_PLANNING_DSDEN_05,
    rt.Outcome.NOTICE,
    'information',
    (
        'La DSDEN 05 prévoit des permanences et réunions les mercredis 15 janvier (Briançon), 22 '
        'janvier, 29 janvier (Gap), 5 février (Laragne), 12 février, 11 mars, 18 mars (AESH : '
        'congés des personnels contractuels) et 13 mai 2020 (AESH : fin de contrat, '
        'renouvellement), et début juillet 2020 ; thèmes : mouvement intra-départemental, '
        'ajustement, temps partiel, entretiens individuels.'
    ),
    (),
)
_CITE_PERMANENCE_PREMIER_DEGRE_DSDEN_13 = rt.Citation(
    'Planning prévisionnel de la DSDEN 13 : Planning de la DSDEN 84',
    'sources/004_2d4123b577c6e586.txt',
    675,
)
_CITE_PERMANENCE_PREMIER_DEGRE_DSDEN_13_2 = rt.Citation(
    'CAMARGUE Mercredi 20 novembre - 14h', 'sources/004_2d4123b577c6e586.txt', 704
)
_RULE_PERMANENCE_PREMIER_DEGRE_DSDEN_13 = rt.RuleInfo(
    'permanence_premier_degré_dsden_13',
    '1er degré dans les Bouches-du-Rhône : permanence de votre réseau',
    'information',
    (_CITE_PERMANENCE_PREMIER_DEGRE_DSDEN_13, _CITE_PERMANENCE_PREMIER_DEGRE_DSDEN_13_2),
    'circulars/rh_proximite_2019.circ:208',
)
_CITE_ENSEIGNEMENT_PRIVE = rt.Citation(
    (
        'Des permanences seront organisées tout au long de l’année scolaire, dans tout le '
        'territoire académique.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    683,
)
_CITE_ENSEIGNEMENT_PRIVE_2 = rt.Citation(
    (
        'Les dates des réunions et les modalités de prise de rendez-vous seront précisées par mail '
        'via les établissements.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    685,
)
_RULE_ENSEIGNEMENT_PRIVE = rt.RuleInfo(
    'enseignement_privé',
    'Enseignement privé sous contrat : permanences dans tout le territoire académique',
    'information',
    (_CITE_ENSEIGNEMENT_PRIVE, _CITE_ENSEIGNEMENT_PRIVE_2),
    'circulars/rh_proximite_2019.circ:215',
)
_NOTICE_ENSEIGNEMENT_PRIVE = rt.Finding(
    _RULE_ENSEIGNEMENT_PRIVE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Des permanences pour l'enseignement privé sous contrat sont organisées tout au long de "
        "l'année scolaire ; les dates et les modalités de prise de rendez-vous sont précisées par "
        'mail via les établissements. Déjà prévues : Vaucluse, mercredi 27 novembre 2019 de 13h30 '
        'à 16h00 au collège privé Marie Rivier (Sorgues) ; secteur de Marseille, mercredi 11 '
        'décembre 2019 de 13h30 à 16h00 à la cité scolaire Saint-Joseph de la Madeleine.'
    ),
    (),
)
_CITE_PERSONNELS_RECTORAT = rt.Citation(
    (
        'En fonction du besoin identifié, Mme Quaranta orientera les personnels vers les '
        'interlocuteurs spécialisés.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    699,
)
_RULE_PERSONNELS_RECTORAT = rt.RuleInfo(
    'personnels_rectorat',
    'Personnels du rectorat : la référente RH de proximité',
    'information',
    (_CITE_PERSONNELS_RECTORAT,),
    'circulars/rh_proximite_2019.circ:221',
)
_NOTICE_PERSONNELS_RECTORAT = rt.Finding(
    _RULE_PERSONNELS_RECTORAT,
    rt.Outcome.NOTICE,
    'information',
    (
        'Votre référente RH de proximité est Mme Quaranta, chef de bureau à la DIEPAT '
        '(rhproxirectorat@ac-aix-marseille.fr) ; selon le besoin identifié, elle vous orientera '
        'vers les interlocuteurs spécialisés.'
    ),
    (),
)
_CITE_ORIENTATION_SERVICE_ADEQUAT = rt.Citation(
    (
        'Conseil et soutien dans la pratique professionnelle (l’objet du RDV étant de pouvoir '
        'orienter vers le service adéquat)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1018,
)
_CITE_ORIENTATION_SERVICE_ADEQUAT_2 = rt.Citation(
    (
        'difficultés de santé ou des difficultés sociales (l’objet du RDV étant de pouvoir '
        'orienter vers le service adéquat)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    1034,
)
_RULE_ORIENTATION_SERVICE_ADEQUAT = rt.RuleInfo(
    'orientation_service_adéquat',
    "Entretien d'orientation vers le service adéquat",
    'information',
    (_CITE_ORIENTATION_SERVICE_ADEQUAT, _CITE_ORIENTATION_SERVICE_ADEQUAT_2),
    'circulars/rh_proximite_2019.circ:226',
)
_NOTICE_ORIENTATION_SERVICE_ADEQUAT = rt.Finding(
    _RULE_ORIENTATION_SERVICE_ADEQUAT,
    rt.Outcome.NOTICE,
    'information',
    "Pour ce domaine, l'objet du rendez-vous est de vous orienter vers le service adéquat.",
    (),
)
_CITE_EN_ATTENTE_PROXIRH = rt.Citation(
    'Dossier suivi par : DRRH - Tel : 04 42 91 70 50 - Mail : ce.drrh@ac-aix-marseille.fr',
    'sources/004_2d4123b577c6e586.txt',
    434,
)
_CITE_EN_ATTENTE_PROXIRH_2 = rt.Citation(
    (
        'Dans l’attente de la mise à disposition d’une application nationale (proxirh) destinée à '
        'faciliter la prise de rendez-vous et leur suivi, les permanences sont organisées comme '
        'suit.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    566,
)
_RULE_EN_ATTENTE_PROXIRH = rt.RuleInfo(
    'en_attente_proxirh',
    "Prise de rendez-vous en attendant l'application nationale proxirh",
    'information',
    (_CITE_EN_ATTENTE_PROXIRH, _CITE_EN_ATTENTE_PROXIRH_2),
    'circulars/rh_proximite_2019.circ:232',
)
_NOTICE_EN_ATTENTE_PROXIRH = rt.Finding(
    _RULE_EN_ATTENTE_PROXIRH,
    rt.Outcome.NOTICE,
    'information',
    (
        "Dans l'attente de l'application nationale proxirh, les permanences sont organisées "
        'selon les plannings du bulletin ; un formulaire de prise de rendez-vous est disponible '
        '(annexe 3). Dossier suivi par la DRRH (04 42 91 70 50, ce.drrh@ac-aix-marseille.fr).'
    ),
    (),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/rh_proximite_2019.circ:23
    proximite_public: Literal[
        'professeur_écoles',
        'aesh',
        'encadrement_administratif',
        'enseignant_second_degré',
        'cpe',
        'psyen',
        'aed',
        'personnel_rectorat',
        'enseignant_privé',
        'autre',
    ] | None = Field(default=None, alias='proximité.public', title='Catégorie de personnel')
    # circulars/rh_proximite_2019.circ:36
    proximite_departement: Literal[
        'alpes_de_haute_provence', 'hautes_alpes', 'bouches_du_rhône', 'vaucluse'
    ] | None = Field(default=None, alias='proximité.département', title="Département d'exercice")
    # circulars/rh_proximite_2019.circ:43
    proximite_reseau: Literal[
        'bléone_durance',
        'giono',
        'les_écrins',
        'porte_des_alpes',
        'camargue',
        'côte_bleue',
        'salon',
        'crau',
        'sainte_victoire',
        'garlaban',
        'nerthe',
        'marseille_huveaune',
        'marseille_madrague',
        'marseille_étoile',
        'marseille_collines',
        'marseille_vieux_port',
        'marseille_calanques',
        'ventoux',
        'luberon',
        'haut_vaucluse',
        'avignon',
    ] | None = Field(default=None, alias='proximité.réseau', title="Réseau d'établissements")
    # circulars/rh_proximite_2019.circ:67
    proximite_domaine: Literal[
        'évolution_professionnelle',
        'besoins_formation',
        'pratique_professionnelle',
        'dossier_administratif',
        'santé_social',
        'autre_domaine',
    ] | None = Field(
        default=None, alias='proximité.domaine', title="Domaine à aborder au cours de l'entretien"
    )

    french_fields: ClassVar[dict[str, str]] = {}


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_PROXIMITE_PUBLIC = rt.plain_reader(Facts, 'proximité.public')
_READ_PROXIMITE_DEPARTEMENT = rt.plain_reader(Facts, 'proximité.département')
_READ_PROXIMITE_RESEAU = rt.plain_reader(Facts, 'proximité.réseau')
_READ_PROXIMITE_DOMAINE = rt.plain_reader(Facts, 'proximité.domaine')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal[
        'professeur_écoles',
        'aesh',
        'encadrement_administratif',
        'enseignant_second_degré',
        'cpe',
        'psyen',
        'aed',
        'personnel_rectorat',
        'enseignant_privé',
        'autre',
    ] | None,
    Literal['alpes_de_haute_provence', 'hautes_alpes', 'bouches_du_rhône', 'vaucluse'] | None,
    Literal[
        'bléone_durance',
        'giono',
        'les_écrins',
        'porte_des_alpes',
        'camargue',
        'côte_bleue',
        'salon',
        'crau',
        'sainte_victoire',
        'garlaban',
        'nerthe',
        'marseille_huveaune',
        'marseille_madrague',
        'marseille_étoile',
        'marseille_collines',
        'marseille_vieux_port',
        'marseille_calanques',
        'ventoux',
        'luberon',
        'haut_vaucluse',
        'avignon',
    ] | None,
    Literal[
        'évolution_professionnelle',
        'besoins_formation',
        'pratique_professionnelle',
        'dossier_administratif',
        'santé_social',
        'autre_domaine',
    ] | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            proximite_public = situation.get('proximité.public')
            if proximite_public is not None:
                proximite_public = _READ_PROXIMITE_PUBLIC(proximite_public)
            proximite_departement = situation.get('proximité.département')
            if proximite_departement is not None:
                proximite_departement = _READ_PROXIMITE_DEPARTEMENT(proximite_departement)
            proximite_reseau = situation.get('proximité.réseau')
            if proximite_reseau is not None:
                proximite_reseau = _READ_PROXIMITE_RESEAU(proximite_reseau)
            proximite_domaine = situation.get('proximité.domaine')
            if proximite_domaine is not None:
                proximite_domaine = _READ_PROXIMITE_DOMAINE(proximite_domaine)
            return (proximite_public, proximite_departement, proximite_reseau, proximite_domaine)
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.proximite_public,
        facts.proximite_departement,
        facts.proximite_reseau,
        facts.proximite_domaine,
    )


@lru_cache(maxsize=4096)
def _documents(
    interlocuteur_service: Any
) -> tuple[tuple[rt.ChecklistItem, ...], tuple[rt.SubmissionInfo, ...]]:
    """The checklist and the submissions: they depend only on these conditions and recipients."""
    checklist: list[rt.ChecklistItem] = [_DOC_FORMULAIRE_RENDEZ_VOUS]
    return tuple(checklist), (
        rt.submission(
            _SUBMISSION,
            rt.deliveries(
                rt.routed(
                    'courriel',
                    False,
                    (),
                    (interlocuteur_service,),
                    (
                        (
                            'selon interlocuteur rh de proximité selon la catégorie de personnel '
                            'et le département'
                        ),
                    ),
                    True,
                    None,
                    (),
                )
            ),
        ),
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        proximite_public, proximite_departement, proximite_reseau, proximite_domaine
    ) = _read_situation(situation)
    # circulars/rh_proximite_2019.circ:118 table interlocuteur
    interlocuteur_matches = (
        rt.and3(
            (None if proximite_public is None else proximite_public == 'professeur_écoles'),
            (
                None
                if proximite_departement is None
                else proximite_departement == 'alpes_de_haute_provence'
            ),
        ),
        rt.and3(
            (None if proximite_public is None else proximite_public == 'aesh'),
            (
                None
                if proximite_departement is None
                else proximite_departement == 'alpes_de_haute_provence'
            ),
        ),
        rt.and3(
            (None if proximite_public is None else proximite_public in _PROXIMITE_PUBLIC_VALUES),
            (None if proximite_departement is None else proximite_departement == 'hautes_alpes'),
        ),
        rt.and3(
            (None if proximite_public is None else proximite_public == 'professeur_écoles'),
            (
                None
                if proximite_departement is None
                else proximite_departement == 'bouches_du_rhône'
            ),
        ),
        rt.and3(
            (None if proximite_public is None else proximite_public == 'aesh'),
            (
                None
                if proximite_departement is None
                else proximite_departement == 'bouches_du_rhône'
            ),
        ),
        rt.and3(
            (None if proximite_public is None else proximite_public == 'professeur_écoles'),
            (None if proximite_departement is None else proximite_departement == 'vaucluse'),
        ),
        rt.and3(
            (None if proximite_public is None else proximite_public == 'aesh'),
            (None if proximite_departement is None else proximite_departement == 'vaucluse'),
        ),
        (None if proximite_public is None else proximite_public in _PROXIMITE_PUBLIC_VALUES_2),
        (None if proximite_public is None else proximite_public == 'personnel_rectorat'),
        (None if proximite_public is None else proximite_public == 'enseignant_privé'),
        (None if proximite_public is None else proximite_public == 'autre'),
    )
    row = rt.lookup(interlocuteur_matches, _ROWS_INTERLOCUTEUR, None, 1)
    interlocuteur_service = row[0]
    # circulars/rh_proximite_2019.circ:134 table permanence_second_degré
    permanence_second_degre_matches = (
        (None if proximite_reseau is None else proximite_reseau == 'haut_vaucluse'),
        (None if proximite_reseau is None else proximite_reseau == 'camargue'),
        (None if proximite_reseau is None else proximite_reseau == 'bléone_durance'),
        (None if proximite_reseau is None else proximite_reseau == 'les_écrins'),
        (None if proximite_reseau is None else proximite_reseau == 'porte_des_alpes'),
    )
    row = rt.lookup(permanence_second_degre_matches, _ROWS_PERMANENCE_SECOND_DEGRE, (None, None), 2)
    permanence_second_degre_date = row[0]
    permanence_second_degre_lieu = row[1]
    # circulars/rh_proximite_2019.circ:152 table permanence_premier_degré_13
    permanence_premier_degre_13_matches = (
        (None if proximite_reseau is None else proximite_reseau == 'camargue'),
        (None if proximite_reseau is None else proximite_reseau == 'crau'),
        (None if proximite_reseau is None else proximite_reseau == 'salon'),
        (None if proximite_reseau is None else proximite_reseau == 'sainte_victoire'),
        (None if proximite_reseau is None else proximite_reseau == 'garlaban'),
        (None if proximite_reseau is None else proximite_reseau == 'côte_bleue'),
        (None if proximite_reseau is None else proximite_reseau == 'nerthe'),
    )
    row = rt.lookup(
        permanence_premier_degre_13_matches, _ROWS_PERMANENCE_PREMIER_DEGRE_13, (None,), 1
    )
    permanence_premier_degre_13_date = row[0]
    # tested by 2 rules
    shared_1 = (
        None if proximite_public is None else proximite_public not in _PROXIMITE_PUBLIC_VALUES_3
    )
    # what the checklist and the submissions depend on
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist, submissions = _documents(interlocuteur_service)

    # circulars/rh_proximite_2019.circ:172 règle public_permanences (bloquante)
    holds: bool | None = shared_1
    if holds is True:
        satisfied.append('public_permanences')
    else:
        values: tuple[tuple[str, Any], ...] = (('proximité.public', proximite_public),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_PUBLIC_PERMANENCES,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "Les permanences RH de proximité reçoivent les personnels d'encadrement "
                        'et administratifs, les enseignants du 1er degré, du second degré et de '
                        "l'enseignement privé, les CPE et PsyEN, les AED et les AESH."
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_PUBLIC_PERMANENCES,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Personnels reçus aux permanences RH.",
                    values,
                    missing=('proximité.public',),
                )
            )
            undecided = True

    # circulars/rh_proximite_2019.circ:178 règle contact_interlocuteur (information)
    applies: bool | None = shared_1
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_CONTACT_INTERLOCUTEUR,
                rt.Outcome.NOTICE,
                'information',
                'Votre interlocuteur RH de proximité : ' + rt.fmt(interlocuteur_service) + '.',
                (),
            )
        )
    elif applies is False:
        not_applicable.append('contact_interlocuteur')

    # circulars/rh_proximite_2019.circ:183 règle permanence_réseau_éloigné (information)
    applies = rt.and3(
        (None if proximite_public is None else proximite_public in _PROXIMITE_PUBLIC_VALUES_2),
        (None if proximite_reseau is None else proximite_reseau in _PROXIMITE_RESEAU_VALUES),
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_PERMANENCE_RESEAU_ELOIGNE,
                rt.Outcome.NOTICE,
                'information',
                'Une permanence RH de proximité est organisée pour votre réseau le '
                + rt.fmt(permanence_second_degre_date)
                + ' ('
                + rt.fmt(permanence_second_degre_lieu)
                + ") ; l'information est relayée par votre établissement.",
                (),
            )
        )
    elif applies is False:
        not_applicable.append('permanence_réseau_éloigné')

    # circulars/rh_proximite_2019.circ:190 règle permanence_autres_réseaux (information)
    applies = rt.and3(
        (None if proximite_public is None else proximite_public in _PROXIMITE_PUBLIC_VALUES_2),
        (None if proximite_reseau is None else proximite_reseau not in _PROXIMITE_RESEAU_VALUES),
    )
    if applies is True:
        findings.append(_NOTICE_PERMANENCE_AUTRES_RESEAUX)
    elif applies is False:
        not_applicable.append('permanence_autres_réseaux')

    # circulars/rh_proximite_2019.circ:196 règle rendez_vous_sur_demande (information)
    applies = rt.and3(
        (None if proximite_public is None else proximite_public == 'professeur_écoles'),
        (
            None
            if proximite_departement is None
            else proximite_departement in _PROXIMITE_DEPARTEMENT_VALUES
        ),
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_RENDEZ_VOUS_SUR_DEMANDE,
                rt.Outcome.NOTICE,
                'information',
                (
                    'Dans votre département, les rendez-vous RH de proximité du 1er degré sont '
                    'organisés sur demande, auprès de '
                )
                + rt.fmt(interlocuteur_service)
                + '.',
                (),
            )
        )
    elif applies is False:
        not_applicable.append('rendez_vous_sur_demande')

    # circulars/rh_proximite_2019.circ:202 règle planning_dsden_05 (information)
    applies = rt.and3(
        (None if proximite_public is None else proximite_public in _PROXIMITE_PUBLIC_VALUES),
        (None if proximite_departement is None else proximite_departement == 'hautes_alpes'),
    )
    if applies is True:
        findings.append(_NOTICE_PLANNING_DSDEN_05)
    elif applies is False:
        not_applicable.append('planning_dsden_05')

    # circulars/rh_proximite_2019.circ:208 règle permanence_premier_degré_dsden_13 (information)
    applies = rt.all3(
        (None if proximite_public is None else proximite_public == 'professeur_écoles'),
        (None if proximite_departement is None else proximite_departement == 'bouches_du_rhône'),
        (None if proximite_reseau is None else proximite_reseau in _PROXIMITE_RESEAU_VALUES_2),
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_PERMANENCE_PREMIER_DEGRE_DSDEN_13,
                rt.Outcome.NOTICE,
                'information',
                'La DSDEN 13 organise une permanence RH pour votre réseau le '
                + rt.fmt(permanence_premier_degre_13_date)
                + ' à 14h.',
                (),
            )
        )
    elif applies is False:
        not_applicable.append('permanence_premier_degré_dsden_13')

    # circulars/rh_proximite_2019.circ:215 règle enseignement_privé (information)
    applies = None if proximite_public is None else proximite_public == 'enseignant_privé'
    if applies is True:
        findings.append(_NOTICE_ENSEIGNEMENT_PRIVE)
    elif applies is False:
        not_applicable.append('enseignement_privé')

    # circulars/rh_proximite_2019.circ:221 règle personnels_rectorat (information)
    applies = None if proximite_public is None else proximite_public == 'personnel_rectorat'
    if applies is True:
        findings.append(_NOTICE_PERSONNELS_RECTORAT)
    elif applies is False:
        not_applicable.append('personnels_rectorat')

    # circulars/rh_proximite_2019.circ:226 règle orientation_service_adéquat (information)
    applies = None if proximite_domaine is None else proximite_domaine in _PROXIMITE_DOMAINE_VALUES
    if applies is True:
        findings.append(_NOTICE_ORIENTATION_SERVICE_ADEQUAT)
    elif applies is False:
        not_applicable.append('orientation_service_adéquat')

    # circulars/rh_proximite_2019.circ:232 règle en_attente_proxirh (information)
    findings.append(_NOTICE_EN_ATTENTE_PROXIRH)

    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),
        checklist=checklist,
        deadlines=(),
        opinions=(),
        submissions=submissions,
        computed={
            'interlocuteur.service': interlocuteur_service,
            'permanence_second_degré.date': permanence_second_degre_date,
            'permanence_second_degré.lieu': permanence_second_degre_lieu,
            'permanence_premier_degré_13.date': permanence_premier_degre_13_date,
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (proximite_public, _, _, _) = _read_situation(situation)
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/rh_proximite_2019.circ:172 règle public_permanences (bloquante)
    holds: bool | None = (
        None if proximite_public is None else proximite_public not in _PROXIMITE_PUBLIC_VALUES_3
    )
    if holds is False:
        failed.append('public_permanences')
        refused = True
    elif holds is not True:
        undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
