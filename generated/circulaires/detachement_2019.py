# Généré par circdsl depuis circulars/detachement_2019.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Candidature à un détachement dans les corps des personnels enseignants, '
    "d'éducation et des psychologues de l'éducation nationale (Ministère de l'Éducation "
    'nationale et de la Jeunesse).'
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='detachement_2019',
    title=(
        "Candidature à un détachement dans les corps des personnels enseignants, d'éducation et "
        "des psychologues de l'éducation nationale"
    ),
    authority="Ministère de l'Éducation nationale et de la Jeunesse",
    reference='Bulletin officiel n° 45 du 5-12-2019, annexes 2 à 4',
    issued=datetime.date(2019, 12, 5),
    school_year='2020-2021',
    dispositif='Détachement',
    source='sources/004_2d4123b577c6e586.txt',
    file='circulars/detachement_2019.circ',
)
FACT_LABELS: dict[str, str] = {
    'détachement.corps_accueil': "Corps d'accueil sollicité(s)",
    'détachement.discipline_agrégés': (
        "Discipline d'enseignement demandée dans le corps des agrégés (une seule)"
    ),
    'détachement.discipline_certifiés': (
        "Discipline d'enseignement demandée dans le corps des certifiés (une seule)"
    ),
    'détachement.discipline_plp': (
        "Discipline d'enseignement demandée dans le corps des PLP (une seule)"
    ),
    'détachement.discipline_à_option': (
        'Une discipline demandée est « économie et gestion » ou « sciences industrielles de '
        "l'ingénieur »"
    ),
    'détachement.option': (
        "Option choisie (économie et gestion, sciences industrielles de l'ingénieur)"
    ),
    'détachement.spécialité_psyen': (
        "Spécialité(s) cochée(s) pour le corps des psychologues de l'éducation nationale"
    ),
    'détachement.nombre_vœux_pe': (
        "Nombre d'académies ou de départements souhaités (professeurs des écoles)"
    ),
    'candidat.position': 'Position administrative du candidat',
    'candidat.hors_menj': (
        "Le candidat n'appartient pas à un corps du ministère de l'éducation nationale (MENJ)"
    ),
    'candidat.qualification_sauvetage': (
        'Le candidat détient la qualification en sauvetage aquatique'
    ),
    'candidat.qualification_natation': 'Le candidat détient la qualification en natation',
    'candidat.qualification_secourisme': 'Le candidat détient la qualification en secourisme',
    'candidature.fiche_renseignée': 'La fiche de candidature est renseignée',
    'candidature.avis_supérieur_renseigné': "L'avis motivé du supérieur hiérarchique est renseigné",
    'candidature.avis_inspection_renseigné': (
        "L'avis motivé du corps d'inspection compétent est renseigné"
    ),
    'candidature.avis_inspection_simple_mention': (
        "L'avis du corps d'inspection se limite à la mention « favorable » ou « défavorable »"
    ),
    'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur',
}
_FACT_ORDER: dict[str, int] = {
    'détachement.corps_accueil': 0,
    'détachement.discipline_agrégés': 1,
    'détachement.discipline_certifiés': 2,
    'détachement.discipline_plp': 3,
    'détachement.discipline_à_option': 4,
    'détachement.option': 5,
    'détachement.spécialité_psyen': 6,
    'détachement.nombre_vœux_pe': 7,
    'candidat.position': 8,
    'candidat.hors_menj': 9,
    'candidat.qualification_sauvetage': 10,
    'candidat.qualification_natation': 11,
    'candidat.qualification_secourisme': 12,
    'candidature.fiche_renseignée': 13,
    'candidature.avis_supérieur_renseigné': 14,
    'candidature.avis_inspection_renseigné': 15,
    'candidature.avis_inspection_simple_mention': 16,
    'dossier.pièces_fournies': 17,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'fiche_candidature': (),
    'curriculum_vitae': (),
    'lettre_motivation': (),
    'copie_diplômes': (),
    'qualification_sauvetage_aquatique': ('détachement.corps_accueil',),
    'qualification_natation_pièce': ('détachement.corps_accueil',),
    'qualification_secourisme_pièce': ('détachement.corps_accueil',),
    'statut_particulier': ('candidat.hors_menj',),
    'grille_indiciaire': (),
    'bulletin_paye': (),
    'arrêté_promotion': (),
    'arrêté_position': ('candidat.position',),
}
_DETACHEMENT_CORPS_ACCUEIL_VALUES = frozenset({'peps'})
_DETACHEMENT_CORPS_ACCUEIL_VALUES_2 = frozenset({'professeurs_écoles'})
_DETACHEMENT_CORPS_ACCUEIL_VALUES_3 = frozenset({'peps', 'professeurs_écoles'})
_DETACHEMENT_CORPS_ACCUEIL_VALUES_4 = frozenset({'agrégés'})
_DETACHEMENT_CORPS_ACCUEIL_VALUES_5 = frozenset({'certifiés'})
_DETACHEMENT_CORPS_ACCUEIL_VALUES_6 = frozenset({'plp'})
_DETACHEMENT_CORPS_ACCUEIL_VALUES_7 = frozenset({'agrégés', 'certifiés', 'plp'})
_DETACHEMENT_CORPS_ACCUEIL_VALUES_8 = frozenset({'psyen'})
_SERVICE_GESTIONNAIRES_ACADEMIQUES = rt.Recipient(
    'gestionnaires_académiques',
    'Gestionnaires académiques habilités des divisions des personnels enseignants',
    False,
    None,
)
_SERVICE_DGRH = rt.Recipient(
    'dgrh',
    'Direction générale des ressources humaines (DGRH) du ministère',
    False,
    (
        'Bureau des enseignants du 1er degré et bureau de gestion des carrières des personnels du '
        "second degré – ministère de l'éducation nationale, 110 rue de Grenelle, 75007 Paris"
    ),
)
_CITE_FICHE_CANDIDATURE = rt.Citation(
    'Fiche de candidature à un détachement', 'sources/004_2d4123b577c6e586.txt', 1
)
_DOC_FICHE_CANDIDATURE = rt.ChecklistItem(
    'fiche_candidature',
    'Fiche de candidature à un détachement (annexe 2)',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_FICHE_CANDIDATURE,),
)
_CITE_CURRICULUM_VITAE = rt.Citation(
    'Pièces à joindre obligatoirement', 'sources/004_2d4123b577c6e586.txt', 107
)
_CITE_CURRICULUM_VITAE_2 = rt.Citation(
    'Curriculum vitae ;', 'sources/004_2d4123b577c6e586.txt', 109
)
_DOC_CURRICULUM_VITAE = rt.ChecklistItem(
    'curriculum_vitae',
    'Curriculum vitae',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_CURRICULUM_VITAE, _CITE_CURRICULUM_VITAE_2),
)
_CITE_LETTRE_MOTIVATION = rt.Citation(
    'Lettre de motivation ;', 'sources/004_2d4123b577c6e586.txt', 110
)
_DOC_LETTRE_MOTIVATION = rt.ChecklistItem(
    'lettre_motivation',
    'Lettre de motivation',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_LETTRE_MOTIVATION,),
)
_CITE_COPIE_DIPLOMES = rt.Citation('Copie des diplômes ;', 'sources/004_2d4123b577c6e586.txt', 111)
_DOC_COPIE_DIPLOMES = rt.ChecklistItem(
    'copie_diplômes',
    'Copie des diplômes',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_COPIE_DIPLOMES,),
)
_CITE_QUALIFICATION_SAUVETAGE_AQUATIQUE = rt.Citation(
    'en sauvetage aquatique, pour un détachement dans le corps des Peps',
    'sources/004_2d4123b577c6e586.txt',
    115,
)
_DOC_QUALIFICATION_SAUVETAGE_AQUATIQUE = rt.ChecklistItem(
    'qualification_sauvetage_aquatique',
    'Qualification en sauvetage aquatique',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    (
        "Titres, diplômes, attestations ou qualifications équivalentes admis par l'arrêté du 12 "
        'février 2019.'
    ),
    (_CITE_QUALIFICATION_SAUVETAGE_AQUATIQUE,),
)
_DOC_QUALIFICATION_SAUVETAGE_AQUATIQUE_IF = rt.ChecklistItem(
    'qualification_sauvetage_aquatique',
    'Qualification en sauvetage aquatique',
    'à fournir si …',
    'détachement.corps_accueil dans {peps}',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    (
        "Titres, diplômes, attestations ou qualifications équivalentes admis par l'arrêté du 12 "
        'février 2019.'
    ),
    (_CITE_QUALIFICATION_SAUVETAGE_AQUATIQUE,),
)
_CITE_QUALIFICATION_NATATION_PIECE = rt.Citation(
    'en natation, pour un détachement dans le corps des professeurs des écoles',
    'sources/004_2d4123b577c6e586.txt',
    118,
)
_DOC_QUALIFICATION_NATATION_PIECE = rt.ChecklistItem(
    'qualification_natation_pièce',
    'Qualification en natation',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    'Qualification requise par le décret n° 2004-592 du 17 juin 2004.',
    (_CITE_QUALIFICATION_NATATION_PIECE,),
)
_DOC_QUALIFICATION_NATATION_PIECE_IF = rt.ChecklistItem(
    'qualification_natation_pièce',
    'Qualification en natation',
    'à fournir si …',
    'détachement.corps_accueil dans {professeurs_écoles}',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    'Qualification requise par le décret n° 2004-592 du 17 juin 2004.',
    (_CITE_QUALIFICATION_NATATION_PIECE,),
)
_CITE_QUALIFICATION_SECOURISME_PIECE = rt.Citation(
    'en secourisme, pour un détachement dans le corps des Peps et des professeurs des écoles',
    'sources/004_2d4123b577c6e586.txt',
    121,
)
_DOC_QUALIFICATION_SECOURISME_PIECE = rt.ChecklistItem(
    'qualification_secourisme_pièce',
    'Qualification en secourisme',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    (
        "Titres, diplômes, attestations ou qualifications équivalentes admis par l'arrêté du 12 "
        'février 2019.'
    ),
    (_CITE_QUALIFICATION_SECOURISME_PIECE,),
)
_DOC_QUALIFICATION_SECOURISME_PIECE_IF = rt.ChecklistItem(
    'qualification_secourisme_pièce',
    'Qualification en secourisme',
    'à fournir si …',
    'détachement.corps_accueil dans {peps, professeurs_écoles}',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    (
        "Titres, diplômes, attestations ou qualifications équivalentes admis par l'arrêté du 12 "
        'février 2019.'
    ),
    (_CITE_QUALIFICATION_SECOURISME_PIECE,),
)
_CITE_STATUT_PARTICULIER = rt.Citation(
    (
        'Copie du statut particulier du corps ou cadre d’emploi d’origine (uniquement pour les '
        'personnels hors MENJ)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    126,
)
_DOC_STATUT_PARTICULIER = rt.ChecklistItem(
    'statut_particulier',
    "Copie du statut particulier du corps ou cadre d'emploi d'origine",
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_STATUT_PARTICULIER,),
)
_DOC_STATUT_PARTICULIER_IF = rt.ChecklistItem(
    'statut_particulier',
    "Copie du statut particulier du corps ou cadre d'emploi d'origine",
    'à fournir si …',
    'candidat.hors_menj',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_STATUT_PARTICULIER,),
)
_CITE_GRILLE_INDICIAIRE = rt.Citation(
    'Grille indiciaire ;', 'sources/004_2d4123b577c6e586.txt', 130
)
_DOC_GRILLE_INDICIAIRE = rt.ChecklistItem(
    'grille_indiciaire',
    'Grille indiciaire',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_GRILLE_INDICIAIRE,),
)
_CITE_BULLETIN_PAYE = rt.Citation(
    'Copie du dernier bulletin de paye ;', 'sources/004_2d4123b577c6e586.txt', 131
)
_DOC_BULLETIN_PAYE = rt.ChecklistItem(
    'bulletin_paye',
    'Copie du dernier bulletin de paye',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_BULLETIN_PAYE,),
)
_CITE_ARRETE_PROMOTION = rt.Citation(
    'Copie du dernier arrêté de promotion ;', 'sources/004_2d4123b577c6e586.txt', 132
)
_DOC_ARRETE_PROMOTION = rt.ChecklistItem(
    'arrêté_promotion',
    'Copie du dernier arrêté de promotion',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_ARRETE_PROMOTION,),
)
_CITE_ARRETE_POSITION = rt.Citation(
    'Arrêté de position (pour les candidats n’étant pas en position d’activité)',
    'sources/004_2d4123b577c6e586.txt',
    133,
)
_DOC_ARRETE_POSITION = rt.ChecklistItem(
    'arrêté_position',
    'Arrêté de position',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_ARRETE_POSITION,),
)
_DOC_ARRETE_POSITION_IF = rt.ChecklistItem(
    'arrêté_position',
    'Arrêté de position',
    'à fournir si …',
    'candidat.position != activité',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_ARRETE_POSITION,),
)
_CITE_FICHE_RENSEIGNEE = rt.Citation(
    (
        'Pour que la candidature soit recevable, la fiche de candidature, l’avis motivé du '
        'supérieur hiérarchique et l’avis motivé du corps d’inspection compétent doivent '
        'impérativement être renseignés.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3,
)
_RULE_FICHE_RENSEIGNEE = rt.RuleInfo(
    'fiche_renseignée',
    'Fiche de candidature renseignée',
    'bloquante',
    (_CITE_FICHE_RENSEIGNEE,),
    'circulars/detachement_2019.circ:88',
)
_RULE_AVIS_SUPERIEUR_RENSEIGNE = rt.RuleInfo(
    'avis_supérieur_renseigné',
    'Avis motivé du supérieur hiérarchique renseigné',
    'bloquante',
    (_CITE_FICHE_RENSEIGNEE,),
    'circulars/detachement_2019.circ:93',
)
_CITE_AVIS_INSPECTION_RENSEIGNE = rt.Citation(
    'cet avis ne se substitue pas à l’avis motivé du corps d’inspection compétent',
    'sources/004_2d4123b577c6e586.txt',
    213,
)
_RULE_AVIS_INSPECTION_RENSEIGNE = rt.RuleInfo(
    'avis_inspection_renseigné',
    "Avis motivé du corps d'inspection renseigné",
    'bloquante',
    (_CITE_FICHE_RENSEIGNEE, _CITE_AVIS_INSPECTION_RENSEIGNE),
    'circulars/detachement_2019.circ:98',
)
_CITE_AVIS_INSPECTION_MOTIVE = rt.Citation(
    (
        'une attention toute particulière doit être portée à la motivation de l’avis émis par les '
        'corps d’inspection d’accueil. La simple mention de l’avis favorable ou défavorable au '
        'détachement est insuffisante.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    263,
)
_RULE_AVIS_INSPECTION_MOTIVE = rt.RuleInfo(
    'avis_inspection_motivé',
    "Avis du corps d'inspection réellement motivé",
    'bloquante',
    (_CITE_AVIS_INSPECTION_MOTIVE,),
    'circulars/detachement_2019.circ:104',
)
_RULE_PIECES_JOINTES = rt.RuleInfo(
    'pièces_jointes',
    'Pièces à joindre obligatoirement',
    'bloquante',
    (_CITE_CURRICULUM_VITAE,),
    'circulars/detachement_2019.circ:111',
)
_CITE_CORPS_SOLLICITE = rt.Citation(
    'Corps d’accueil sollicité (2 au maximum)', 'sources/004_2d4123b577c6e586.txt', 75
)
_RULE_CORPS_SOLLICITE = rt.RuleInfo(
    'corps_sollicité',
    "Au moins un corps d'accueil sollicité",
    'bloquante',
    (_CITE_CORPS_SOLLICITE,),
    'circulars/detachement_2019.circ:117',
)
_RULE_DEUX_CORPS_MAXIMUM = rt.RuleInfo(
    'deux_corps_maximum',
    "Deux corps d'accueil au maximum",
    'bloquante',
    (_CITE_CORPS_SOLLICITE,),
    'circulars/detachement_2019.circ:122',
)
_LABELS_DETACHEMENT_CORPS_ACCUEIL = {
    'professeurs_écoles': 'Professeurs des écoles',
    'peps': "Professeurs d'éducation physique et sportive (Peps)",
    'cpe': "Conseillers principaux d'éducation (CPE)",
    'agrégés': 'Professeurs agrégés',
    'certifiés': 'Professeurs certifiés',
    'plp': 'Professeurs de lycée professionnel (PLP)',
    'psyen': "Psychologues de l'éducation nationale",
}
_CITE_DISCIPLINE_AGREGES = rt.Citation(
    (
        'Pour l’accueil dans le corps des agrégés, certifiés et PLP, préciser la discipline '
        'd’enseignement (1 seule discipline par corps)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    79,
)
_RULE_DISCIPLINE_AGREGES = rt.RuleInfo(
    'discipline_agrégés',
    'Discipline précisée pour le corps des agrégés',
    'bloquante',
    (_CITE_DISCIPLINE_AGREGES,),
    'circulars/detachement_2019.circ:127',
)
_RULE_DISCIPLINE_CERTIFIES = rt.RuleInfo(
    'discipline_certifiés',
    'Discipline précisée pour le corps des certifiés',
    'bloquante',
    (_CITE_DISCIPLINE_AGREGES,),
    'circulars/detachement_2019.circ:133',
)
_RULE_DISCIPLINE_PLP = rt.RuleInfo(
    'discipline_plp',
    'Discipline précisée pour le corps des PLP',
    'bloquante',
    (_CITE_DISCIPLINE_AGREGES,),
    'circulars/detachement_2019.circ:139',
)
_CITE_OPTION_PRECISEE = rt.Citation(
    (
        'Pour les disciplines économie et gestion et sciences industrielles de l’ingénieur, '
        'préciser l’option choisie'
    ),
    'sources/004_2d4123b577c6e586.txt',
    82,
)
_RULE_OPTION_PRECISEE = rt.RuleInfo(
    'option_précisée',
    "Option précisée (économie et gestion, sciences industrielles de l'ingénieur)",
    'bloquante',
    (_CITE_OPTION_PRECISEE,),
    'circulars/detachement_2019.circ:145',
)
_CITE_SPECIALITE_PSYEN = rt.Citation(
    (
        'Pour l’accueil dans le corps des psychologues de l’éducation nationale, choisir entre les '
        'spécialités'
    ),
    'sources/004_2d4123b577c6e586.txt',
    86,
)
_RULE_SPECIALITE_PSYEN = rt.RuleInfo(
    'spécialité_psyen',
    "Spécialité choisie pour le corps des psychologues de l'éducation nationale",
    'bloquante',
    (_CITE_SPECIALITE_PSYEN,),
    'circulars/detachement_2019.circ:151',
)
_CITE_DEUX_VUX_MAXIMUM = rt.Citation(
    (
        'Académie(s) d’affectation souhaitée(s) ou département(s) pour les candidats à un '
        'détachement dans le corps des professeurs des écoles (deux maximum)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    91,
)
_RULE_DEUX_VUX_MAXIMUM = rt.RuleInfo(
    'deux_vœux_maximum',
    'Deux académies ou départements au maximum (professeurs des écoles)',
    'bloquante',
    (_CITE_DEUX_VUX_MAXIMUM,),
    'circulars/detachement_2019.circ:157',
)
_RULE_QUALIFICATION_SAUVETAGE = rt.RuleInfo(
    'qualification_sauvetage',
    'Qualification en sauvetage aquatique (corps des Peps)',
    'bloquante',
    (_CITE_QUALIFICATION_SAUVETAGE_AQUATIQUE,),
    'circulars/detachement_2019.circ:166',
)
_RULE_QUALIFICATION_NATATION = rt.RuleInfo(
    'qualification_natation',
    'Qualification en natation (corps des professeurs des écoles)',
    'bloquante',
    (_CITE_QUALIFICATION_NATATION_PIECE,),
    'circulars/detachement_2019.circ:172',
)
_RULE_QUALIFICATION_SECOURISME = rt.RuleInfo(
    'qualification_secourisme',
    'Qualification en secourisme (corps des Peps et des professeurs des écoles)',
    'bloquante',
    (_CITE_QUALIFICATION_SECOURISME_PIECE,),
    'circulars/detachement_2019.circ:178',
)
_CITE_TRAITEMENT_PEGASE = rt.Citation(
    'à l’adresse suivante : pegase@education.gouv.fr', 'sources/004_2d4123b577c6e586.txt', 186
)
_CITE_TRAITEMENT_PEGASE_2 = rt.Citation(
    (
        'Les candidatures au détachement font l’objet d’un traitement informatisé dénommé Pégase. '
        'Les mentions informatives relatives à ce traitement figurent à la fin de cette fiche de '
        'candidature.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    6,
)
_CITE_TRAITEMENT_PEGASE_3 = rt.Citation(
    (
        'L’ensemble des informations recueillies est conservé tant que l’agent est en détachement. '
        'Pour les candidats ayant reçu une réponse défavorable, les données sont conservées '
        'pendant six mois.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    183,
)
_RULE_TRAITEMENT_PEGASE = rt.RuleInfo(
    'traitement_pégase',
    "Traitement des candidatures dans l'application Pégase",
    'information',
    (_CITE_TRAITEMENT_PEGASE, _CITE_TRAITEMENT_PEGASE_2, _CITE_TRAITEMENT_PEGASE_3),
    'circulars/detachement_2019.circ:185',
)
_NOTICE_TRAITEMENT_PEGASE = rt.Finding(
    _RULE_TRAITEMENT_PEGASE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Votre dossier de candidature est dématérialisé dans l'application Pégase, consultée par "
        'les gestionnaires académiques et la DGRH. Les données sont conservées tant que vous êtes '
        "en détachement, et six mois en cas de réponse défavorable ; vos droits d'accès "
        "s'exercent auprès de pegase@education.gouv.fr (délégué à la protection des données du "
        'ministère : dpd@education.gouv.fr).'
    ),
    (),
)
_CITE_TABLEAUX_SUIVI = rt.Citation(
    (
        'Maintien, renouvellement, fin de détachement ou intégration dans les corps enseignants du '
        '1er et du 2d degrés et dans les corps d’éducation et des PsyEN - année scolaire 2020-2021'
    ),
    'sources/004_2d4123b577c6e586.txt',
    315,
)
_CITE_TABLEAUX_SUIVI_2 = rt.Citation(
    'Tableau à retourner le 26 mai 2020 au bureau DGRH B2-1 (1er degré) ou DGRH B2-3 (2d degré)',
    'sources/004_2d4123b577c6e586.txt',
    375,
)
_CITE_TABLEAUX_SUIVI_3 = rt.Citation(
    (
        'Intégration dans le corps des psychologues de l’éducation nationale, spécialité Eda, des '
        'professeurs des écoles ayant été détachés pour cinq ans par le recteur dans le cadre de '
        'la constitution initiale du corps le 1er septembre 2017'
    ),
    'sources/004_2d4123b577c6e586.txt',
    376,
)
_RULE_TABLEAUX_SUIVI = rt.RuleInfo(
    'tableaux_suivi',
    (
        "Maintien, renouvellement, fin de détachement ou intégration : tableaux de l'autorité "
        'académique'
    ),
    'information',
    (_CITE_TABLEAUX_SUIVI, _CITE_TABLEAUX_SUIVI_2, _CITE_TABLEAUX_SUIVI_3),
    'circulars/detachement_2019.circ:191',
)
_NOTICE_TABLEAUX_SUIVI = rt.Finding(
    _RULE_TABLEAUX_SUIVI,
    rt.Outcome.NOTICE,
    'information',
    (
        "Le maintien, le renouvellement, la fin de détachement ou l'intégration (année scolaire "
        "2020-2021) sont recensés par le recteur ou l'IA-Dasen dans un tableau à retourner le 26 "
        "mai 2020 au bureau DGRH B2-1 (1er degré) ou DGRH B2-3 (2d degré) ; l'intégration dans le "
        "corps des psychologues de l'éducation nationale, spécialité EDA, des professeurs des "
        "écoles détachés pour cinq ans le 1er septembre 2017 fait l'objet d'un tableau à "
        'retourner le 26 mai 2020 au bureau DGRH B2-3 '
        '(integrationpsyendespe2020@education.gouv.fr).'
    ),
    (),
)
_DATE_2020_05_26 = datetime.date(2020, 5, 26)
_DEADLINE_RETOUR_TABLEAU_MAINTIEN = rt.DeadlineInfo(
    'retour_tableau_maintien',
    'Retour du tableau de maintien, renouvellement, fin de détachement ou intégration (annexe 3)',
    _DATE_2020_05_26,
    True,
    (_CITE_TABLEAUX_SUIVI_2,),
)
_CITE_RETOUR_TABLEAU_INTEGRATION_PSYEN = rt.Citation(
    (
        'Tableau à retourner le 26 mai 2020 au bureau DGRH B2-3 à l’adresse fonctionnelle '
        'integrationpsyendespe2020@education.gouv.fr'
    ),
    'sources/004_2d4123b577c6e586.txt',
    409,
)
_DEADLINE_RETOUR_TABLEAU_INTEGRATION_PSYEN = rt.DeadlineInfo(
    'retour_tableau_intégration_psyen',
    "Retour du tableau d'intégration dans le corps des PsyEN, spécialité EDA (annexe 4)",
    _DATE_2020_05_26,
    True,
    (_CITE_RETOUR_TABLEAU_INTEGRATION_PSYEN,),
)
_SERVICE_SUPERIEUR_HIERARCHIQUE = rt.Recipient(
    'supérieur_hiérarchique', 'Supérieur hiérarchique du candidat', False, None
)
_CITE_AVIS_SUPERIEUR = rt.Citation(
    'Avis motivé du supérieur hiérarchique du candidat au détachement',
    'sources/004_2d4123b577c6e586.txt',
    211,
)
_OPINION_AVIS_SUPERIEUR = rt.OpinionInfo(
    'avis_supérieur',
    'Avis motivé du supérieur hiérarchique (favorable ou défavorable)',
    'obligatoire',
    _SERVICE_SUPERIEUR_HIERARCHIQUE,
    (_CITE_AVIS_SUPERIEUR,),
)
_SERVICE_CORPS_INSPECTION = rt.Recipient(
    'corps_inspection', "Corps d'inspection compétent (corps d'inspection d'accueil)", False, None
)
_CITE_AVIS_INSPECTION = rt.Citation(
    'Appréciation portée sur le dossier et la motivation du candidat par le corps d’inspection',
    'sources/004_2d4123b577c6e586.txt',
    295,
)
_CITE_AVIS_INSPECTION_2 = rt.Citation(
    'l’avis motivé du corps d’inspection compétent doivent impérativement être renseignés',
    'sources/004_2d4123b577c6e586.txt',
    4,
)
_OPINION_AVIS_INSPECTION = rt.OpinionInfo(
    'avis_inspection',
    (
        "Avis motivé du corps d'inspection compétent : formation et parcours, connaissances et "
        'expérience, appréciation du dossier et de la motivation'
    ),
    'obligatoire',
    _SERVICE_CORPS_INSPECTION,
    (_CITE_AVIS_INSPECTION, _CITE_AVIS_INSPECTION_2),
)
_CITE_DEMANDE = rt.Citation(
    (
        'Pégase est une application permettant la dématérialisation des dossiers de demande de '
        'détachement'
    ),
    'sources/004_2d4123b577c6e586.txt',
    164,
)
_CITE_DEMANDE_2 = rt.Citation(
    (
        'afin de permettre à la direction générale des ressources humaines (DGRH) de consulter et '
        'de télécharger ces dossiers en format dématérialisé'
    ),
    'sources/004_2d4123b577c6e586.txt',
    167,
)
_SUBMISSION = rt.SubmissionInfo(
    "Dossier de candidature dématérialisé dans l'application Pégase",
    (rt.Delivery('en ligne', False, (_SERVICE_GESTIONNAIRES_ACADEMIQUES, _SERVICE_DGRH)),),
    None,
    (_CITE_DEMANDE, _CITE_DEMANDE_2),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/detachement_2019.circ:22
    detachement_corps_accueil: frozenset[
        Literal['professeurs_écoles', 'peps', 'cpe', 'agrégés', 'certifiés', 'plp', 'psyen']
    ] | None = Field(
        default=None, alias='détachement.corps_accueil', title="Corps d'accueil sollicité(s)"
    )
    # circulars/detachement_2019.circ:35
    detachement_discipline_agreges: str | None = Field(
        default=None,
        alias='détachement.discipline_agrégés',
        title="Discipline d'enseignement demandée dans le corps des agrégés (une seule)",
    )
    # circulars/detachement_2019.circ:36
    detachement_discipline_certifies: str | None = Field(
        default=None,
        alias='détachement.discipline_certifiés',
        title="Discipline d'enseignement demandée dans le corps des certifiés (une seule)",
    )
    # circulars/detachement_2019.circ:37
    detachement_discipline_plp: str | None = Field(
        default=None,
        alias='détachement.discipline_plp',
        title="Discipline d'enseignement demandée dans le corps des PLP (une seule)",
    )
    # circulars/detachement_2019.circ:38
    detachement_discipline_a_option: bool | None = Field(
        default=None,
        alias='détachement.discipline_à_option',
        title=(
            'Une discipline demandée est « économie et gestion » ou « sciences industrielles de '
            "l'ingénieur »"
        ),
    )
    # circulars/detachement_2019.circ:39
    detachement_option: str | None = Field(
        default=None,
        alias='détachement.option',
        title="Option choisie (économie et gestion, sciences industrielles de l'ingénieur)",
    )
    # circulars/detachement_2019.circ:41
    detachement_specialite_psyen: frozenset[Literal['eda', 'edo']] | None = Field(
        default=None,
        alias='détachement.spécialité_psyen',
        title="Spécialité(s) cochée(s) pour le corps des psychologues de l'éducation nationale",
    )
    # circulars/detachement_2019.circ:48
    detachement_nombre_vux_pe: Annotated[int, Field(ge=0, le=200)] | None = Field(
        default=None,
        alias='détachement.nombre_vœux_pe',
        title="Nombre d'académies ou de départements souhaités (professeurs des écoles)",
    )
    # circulars/detachement_2019.circ:50
    candidat_position: Literal['activité', 'congé', 'disponibilité', 'autre'] | None = Field(
        default=None, alias='candidat.position', title='Position administrative du candidat'
    )
    # circulars/detachement_2019.circ:58
    candidat_hors_menj: bool | None = Field(
        default=None,
        alias='candidat.hors_menj',
        title=(
            "Le candidat n'appartient pas à un corps du ministère de l'éducation nationale (MENJ)"
        ),
    )
    # circulars/detachement_2019.circ:60
    candidat_qualification_sauvetage: bool | None = Field(
        default=None,
        alias='candidat.qualification_sauvetage',
        title='Le candidat détient la qualification en sauvetage aquatique',
    )
    # circulars/detachement_2019.circ:61
    candidat_qualification_natation: bool | None = Field(
        default=None,
        alias='candidat.qualification_natation',
        title='Le candidat détient la qualification en natation',
    )
    # circulars/detachement_2019.circ:62
    candidat_qualification_secourisme: bool | None = Field(
        default=None,
        alias='candidat.qualification_secourisme',
        title='Le candidat détient la qualification en secourisme',
    )
    # circulars/detachement_2019.circ:64
    candidature_fiche_renseignee: bool | None = Field(
        default=None,
        alias='candidature.fiche_renseignée',
        title='La fiche de candidature est renseignée',
    )
    # circulars/detachement_2019.circ:65
    candidature_avis_superieur_renseigne: bool | None = Field(
        default=None,
        alias='candidature.avis_supérieur_renseigné',
        title="L'avis motivé du supérieur hiérarchique est renseigné",
    )
    # circulars/detachement_2019.circ:66
    candidature_avis_inspection_renseigne: bool | None = Field(
        default=None,
        alias='candidature.avis_inspection_renseigné',
        title="L'avis motivé du corps d'inspection compétent est renseigné",
    )
    # circulars/detachement_2019.circ:67
    candidature_avis_inspection_simple_mention: bool | None = Field(
        default=None,
        alias='candidature.avis_inspection_simple_mention',
        title=(
            "L'avis du corps d'inspection se limite à la mention « favorable » ou « défavorable »"
        ),
    )
    # circulars/detachement_2019.circ:112
    dossier_pieces_fournies: frozenset[
        Literal[
            'fiche_candidature',
            'curriculum_vitae',
            'lettre_motivation',
            'copie_diplômes',
            'qualification_sauvetage_aquatique',
            'qualification_natation_pièce',
            'qualification_secourisme_pièce',
            'statut_particulier',
            'grille_indiciaire',
            'bulletin_paye',
            'arrêté_promotion',
            'arrêté_position',
        ]
    ] | None = Field(
        default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur'
    )

    french_fields: ClassVar[dict[str, str]] = {
        'détachement.discipline_à_option': 'boolean',
        'detachement_discipline_a_option': 'boolean',
        'détachement.nombre_vœux_pe': 'number',
        'detachement_nombre_vux_pe': 'number',
        'candidat.hors_menj': 'boolean',
        'candidat_hors_menj': 'boolean',
        'candidat.qualification_sauvetage': 'boolean',
        'candidat_qualification_sauvetage': 'boolean',
        'candidat.qualification_natation': 'boolean',
        'candidat_qualification_natation': 'boolean',
        'candidat.qualification_secourisme': 'boolean',
        'candidat_qualification_secourisme': 'boolean',
        'candidature.fiche_renseignée': 'boolean',
        'candidature_fiche_renseignee': 'boolean',
        'candidature.avis_supérieur_renseigné': 'boolean',
        'candidature_avis_superieur_renseigne': 'boolean',
        'candidature.avis_inspection_renseigné': 'boolean',
        'candidature_avis_inspection_renseigne': 'boolean',
        'candidature.avis_inspection_simple_mention': 'boolean',
        'candidature_avis_inspection_simple_mention': 'boolean',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_DETACHEMENT_CORPS_ACCUEIL = rt.plain_reader(Facts, 'détachement.corps_accueil')
_READ_DETACHEMENT_DISCIPLINE_AGREGES = rt.plain_reader(Facts, 'détachement.discipline_agrégés')
_READ_DETACHEMENT_DISCIPLINE_CERTIFIES = rt.plain_reader(Facts, 'détachement.discipline_certifiés')
_READ_DETACHEMENT_DISCIPLINE_PLP = rt.plain_reader(Facts, 'détachement.discipline_plp')
_READ_DETACHEMENT_DISCIPLINE_A_OPTION = rt.plain_reader(Facts, 'détachement.discipline_à_option')
_READ_DETACHEMENT_OPTION = rt.plain_reader(Facts, 'détachement.option')
_READ_DETACHEMENT_SPECIALITE_PSYEN = rt.plain_reader(Facts, 'détachement.spécialité_psyen')
_READ_DETACHEMENT_NOMBRE_VUX_PE = rt.plain_reader(Facts, 'détachement.nombre_vœux_pe')
_READ_CANDIDAT_POSITION = rt.plain_reader(Facts, 'candidat.position')
_READ_CANDIDAT_HORS_MENJ = rt.plain_reader(Facts, 'candidat.hors_menj')
_READ_CANDIDAT_QUALIFICATION_SAUVETAGE = rt.plain_reader(Facts, 'candidat.qualification_sauvetage')
_READ_CANDIDAT_QUALIFICATION_NATATION = rt.plain_reader(Facts, 'candidat.qualification_natation')
_READ_CANDIDAT_QUALIFICATION_SECOURISME = rt.plain_reader(
    Facts, 'candidat.qualification_secourisme'
)
_READ_CANDIDATURE_FICHE_RENSEIGNEE = rt.plain_reader(Facts, 'candidature.fiche_renseignée')
_READ_CANDIDATURE_AVIS_SUPERIEUR_RENSEIGNE = rt.plain_reader(
    Facts, 'candidature.avis_supérieur_renseigné'
)
_READ_CANDIDATURE_AVIS_INSPECTION_RENSEIGNE = rt.plain_reader(
    Facts, 'candidature.avis_inspection_renseigné'
)
_READ_CANDIDATURE_AVIS_INSPECTION_SIMPLE_MENTION = rt.plain_reader(
    Facts, 'candidature.avis_inspection_simple_mention'
)
_READ_DOSSIER_PIECES_FOURNIES = rt.plain_reader(Facts, 'dossier.pièces_fournies')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    frozenset[
        Literal['professeurs_écoles', 'peps', 'cpe', 'agrégés', 'certifiés', 'plp', 'psyen']
    ] | None,
    str | None,
    str | None,
    str | None,
    bool | None,
    str | None,
    frozenset[Literal['eda', 'edo']] | None,
    Annotated[int, Field(ge=0, le=200)] | None,
    Literal['activité', 'congé', 'disponibilité', 'autre'] | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    frozenset[
        Literal[
            'fiche_candidature',
            'curriculum_vitae',
            'lettre_motivation',
            'copie_diplômes',
            'qualification_sauvetage_aquatique',
            'qualification_natation_pièce',
            'qualification_secourisme_pièce',
            'statut_particulier',
            'grille_indiciaire',
            'bulletin_paye',
            'arrêté_promotion',
            'arrêté_position',
        ]
    ] | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            detachement_corps_accueil = situation.get('détachement.corps_accueil')
            if detachement_corps_accueil is not None:
                detachement_corps_accueil = (
                    _READ_DETACHEMENT_CORPS_ACCUEIL(detachement_corps_accueil)
                )
            detachement_discipline_agreges = situation.get('détachement.discipline_agrégés')
            if detachement_discipline_agreges is not None:
                detachement_discipline_agreges = (
                    _READ_DETACHEMENT_DISCIPLINE_AGREGES(detachement_discipline_agreges)
                )
            detachement_discipline_certifies = situation.get('détachement.discipline_certifiés')
            if detachement_discipline_certifies is not None:
                detachement_discipline_certifies = (
                    _READ_DETACHEMENT_DISCIPLINE_CERTIFIES(detachement_discipline_certifies)
                )
            detachement_discipline_plp = situation.get('détachement.discipline_plp')
            if detachement_discipline_plp is not None:
                detachement_discipline_plp = (
                    _READ_DETACHEMENT_DISCIPLINE_PLP(detachement_discipline_plp)
                )
            detachement_discipline_a_option = situation.get('détachement.discipline_à_option')
            if (
                detachement_discipline_a_option is not None
                and type(detachement_discipline_a_option) is not bool
            ):
                detachement_discipline_a_option = (
                    _READ_DETACHEMENT_DISCIPLINE_A_OPTION(detachement_discipline_a_option)
                )
            detachement_option = situation.get('détachement.option')
            if detachement_option is not None:
                detachement_option = _READ_DETACHEMENT_OPTION(detachement_option)
            detachement_specialite_psyen = situation.get('détachement.spécialité_psyen')
            if detachement_specialite_psyen is not None:
                detachement_specialite_psyen = (
                    _READ_DETACHEMENT_SPECIALITE_PSYEN(detachement_specialite_psyen)
                )
            detachement_nombre_vux_pe = situation.get('détachement.nombre_vœux_pe')
            if detachement_nombre_vux_pe is not None:
                detachement_nombre_vux_pe = (
                    _READ_DETACHEMENT_NOMBRE_VUX_PE(detachement_nombre_vux_pe)
                )
            candidat_position = situation.get('candidat.position')
            if candidat_position is not None:
                candidat_position = _READ_CANDIDAT_POSITION(candidat_position)
            candidat_hors_menj = situation.get('candidat.hors_menj')
            if candidat_hors_menj is not None and type(candidat_hors_menj) is not bool:
                candidat_hors_menj = _READ_CANDIDAT_HORS_MENJ(candidat_hors_menj)
            candidat_qualification_sauvetage = situation.get('candidat.qualification_sauvetage')
            if (
                candidat_qualification_sauvetage is not None
                and type(candidat_qualification_sauvetage) is not bool
            ):
                candidat_qualification_sauvetage = (
                    _READ_CANDIDAT_QUALIFICATION_SAUVETAGE(candidat_qualification_sauvetage)
                )
            candidat_qualification_natation = situation.get('candidat.qualification_natation')
            if (
                candidat_qualification_natation is not None
                and type(candidat_qualification_natation) is not bool
            ):
                candidat_qualification_natation = (
                    _READ_CANDIDAT_QUALIFICATION_NATATION(candidat_qualification_natation)
                )
            candidat_qualification_secourisme = situation.get('candidat.qualification_secourisme')
            if (
                candidat_qualification_secourisme is not None
                and type(candidat_qualification_secourisme) is not bool
            ):
                candidat_qualification_secourisme = (
                    _READ_CANDIDAT_QUALIFICATION_SECOURISME(candidat_qualification_secourisme)
                )
            candidature_fiche_renseignee = situation.get('candidature.fiche_renseignée')
            if (
                candidature_fiche_renseignee is not None
                and type(candidature_fiche_renseignee) is not bool
            ):
                candidature_fiche_renseignee = (
                    _READ_CANDIDATURE_FICHE_RENSEIGNEE(candidature_fiche_renseignee)
                )
            candidature_avis_superieur_renseigne = situation.get(
                'candidature.avis_supérieur_renseigné'
            )
            if (
                candidature_avis_superieur_renseigne is not None
                and type(candidature_avis_superieur_renseigne) is not bool
            ):
                candidature_avis_superieur_renseigne = (
                    _READ_CANDIDATURE_AVIS_SUPERIEUR_RENSEIGNE(candidature_avis_superieur_renseigne)
                )
            candidature_avis_inspection_renseigne = situation.get(
                'candidature.avis_inspection_renseigné'
            )
            if (
                candidature_avis_inspection_renseigne is not None
                and type(candidature_avis_inspection_renseigne) is not bool
            ):
                candidature_avis_inspection_renseigne = (
                    _READ_CANDIDATURE_AVIS_INSPECTION_RENSEIGNE(
                        candidature_avis_inspection_renseigne
                    )
                )
            candidature_avis_inspection_simple_mention = situation.get(
                'candidature.avis_inspection_simple_mention'
            )
            if (
                candidature_avis_inspection_simple_mention is not None
                and type(candidature_avis_inspection_simple_mention) is not bool
            ):
                candidature_avis_inspection_simple_mention = (
                    _READ_CANDIDATURE_AVIS_INSPECTION_SIMPLE_MENTION(
                        candidature_avis_inspection_simple_mention
                    )
                )
            dossier_pieces_fournies = situation.get('dossier.pièces_fournies')
            if dossier_pieces_fournies is not None:
                dossier_pieces_fournies = _READ_DOSSIER_PIECES_FOURNIES(dossier_pieces_fournies)
            return (
                detachement_corps_accueil,
                detachement_discipline_agreges,
                detachement_discipline_certifies,
                detachement_discipline_plp,
                detachement_discipline_a_option,
                detachement_option,
                detachement_specialite_psyen,
                detachement_nombre_vux_pe,
                candidat_position,
                candidat_hors_menj,
                candidat_qualification_sauvetage,
                candidat_qualification_natation,
                candidat_qualification_secourisme,
                candidature_fiche_renseignee,
                candidature_avis_superieur_renseigne,
                candidature_avis_inspection_renseigne,
                candidature_avis_inspection_simple_mention,
                dossier_pieces_fournies,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.detachement_corps_accueil,
        facts.detachement_discipline_agreges,
        facts.detachement_discipline_certifies,
        facts.detachement_discipline_plp,
        facts.detachement_discipline_a_option,
        facts.detachement_option,
        facts.detachement_specialite_psyen,
        facts.detachement_nombre_vux_pe,
        facts.candidat_position,
        facts.candidat_hors_menj,
        facts.candidat_qualification_sauvetage,
        facts.candidat_qualification_natation,
        facts.candidat_qualification_secourisme,
        facts.candidature_fiche_renseignee,
        facts.candidature_avis_superieur_renseigne,
        facts.candidature_avis_inspection_renseigne,
        facts.candidature_avis_inspection_simple_mention,
        facts.dossier_pieces_fournies,
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        detachement_corps_accueil,
        detachement_discipline_agreges,
        detachement_discipline_certifies,
        detachement_discipline_plp,
        detachement_discipline_a_option,
        detachement_option,
        detachement_specialite_psyen,
        detachement_nombre_vux_pe,
        candidat_position,
        candidat_hors_menj,
        candidat_qualification_sauvetage,
        candidat_qualification_natation,
        candidat_qualification_secourisme,
        candidature_fiche_renseignee,
        candidature_avis_superieur_renseigne,
        candidature_avis_inspection_renseigne,
        candidature_avis_inspection_simple_mention,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/detachement_2019.circ:84 valeur nombre_corps
    nombre_corps = rt.count(detachement_corps_accueil)
    # tested by 2 rules
    shared_1 = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_2)
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = [
        _DOC_FICHE_CANDIDATURE, _DOC_CURRICULUM_VITAE, _DOC_LETTRE_MOTIVATION, _DOC_COPIE_DIPLOMES
    ]
    condition: bool | None = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES)
    if condition is True:
        checklist.append(_DOC_QUALIFICATION_SAUVETAGE_AQUATIQUE)
    elif condition is None:
        checklist.append(_DOC_QUALIFICATION_SAUVETAGE_AQUATIQUE_IF)
    condition = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_2)
    if condition is True:
        checklist.append(_DOC_QUALIFICATION_NATATION_PIECE)
    elif condition is None:
        checklist.append(_DOC_QUALIFICATION_NATATION_PIECE_IF)
    condition = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_3)
    if condition is True:
        checklist.append(_DOC_QUALIFICATION_SECOURISME_PIECE)
    elif condition is None:
        checklist.append(_DOC_QUALIFICATION_SECOURISME_PIECE_IF)
    condition = candidat_hors_menj
    if condition is True:
        checklist.append(_DOC_STATUT_PARTICULIER)
    elif condition is None:
        checklist.append(_DOC_STATUT_PARTICULIER_IF)
    checklist.append(_DOC_GRILLE_INDICIAIRE)
    checklist.append(_DOC_BULLETIN_PAYE)
    checklist.append(_DOC_ARRETE_PROMOTION)
    condition = None if candidat_position is None else candidat_position != 'activité'
    if condition is True:
        checklist.append(_DOC_ARRETE_POSITION)
    elif condition is None:
        checklist.append(_DOC_ARRETE_POSITION_IF)

    # circulars/detachement_2019.circ:88 règle fiche_renseignée (bloquante)
    holds: bool | None = candidature_fiche_renseignee
    if holds is True:
        satisfied.append('fiche_renseignée')
    else:
        values: tuple[tuple[str, Any], ...] = (
            ('candidature.fiche_renseignée', candidature_fiche_renseignee),
        )
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_FICHE_RENSEIGNEE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    "La candidature n'est recevable que si la fiche de candidature est renseignée.",
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_FICHE_RENSEIGNEE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Fiche de candidature renseignée.",
                    values,
                    missing=('candidature.fiche_renseignée',),
                )
            )
            undecided = True

    # circulars/detachement_2019.circ:93 règle avis_supérieur_renseigné (bloquante)
    holds = candidature_avis_superieur_renseigne
    if holds is True:
        satisfied.append('avis_supérieur_renseigné')
    else:
        values = (('candidature.avis_supérieur_renseigné', candidature_avis_superieur_renseigne),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_AVIS_SUPERIEUR_RENSEIGNE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "La candidature n'est recevable que si l'avis motivé de votre supérieur "
                        'hiérarchique est renseigné.'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_AVIS_SUPERIEUR_RENSEIGNE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Avis motivé du supérieur hiérarchique "
                        'renseigné.'
                    ),
                    values,
                    missing=('candidature.avis_supérieur_renseigné',),
                )
            )
            undecided = True

    # circulars/detachement_2019.circ:98 règle avis_inspection_renseigné (bloquante)
    holds = candidature_avis_inspection_renseigne
    if holds is True:
        satisfied.append('avis_inspection_renseigné')
    else:
        values = (('candidature.avis_inspection_renseigné', candidature_avis_inspection_renseigne),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_AVIS_INSPECTION_RENSEIGNE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "La candidature n'est recevable que si l'avis motivé du corps "
                        "d'inspection compétent est renseigné ; l'avis du supérieur hiérarchique "
                        'ne le remplace pas.'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_AVIS_INSPECTION_RENSEIGNE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Avis motivé du corps d'inspection "
                        'renseigné.'
                    ),
                    values,
                    missing=('candidature.avis_inspection_renseigné',),
                )
            )
            undecided = True

    # circulars/detachement_2019.circ:104 règle avis_inspection_motivé (bloquante)
    applies: bool | None = candidature_avis_inspection_renseigne
    if applies is False:
        not_applicable.append('avis_inspection_motivé')
    else:
        holds = (
            None
            if candidature_avis_inspection_simple_mention is None
            else not candidature_avis_inspection_simple_mention
        )
        if holds is True:
            satisfied.append('avis_inspection_motivé')
        else:
            values = (
                ('candidature.avis_inspection_renseigné', candidature_avis_inspection_renseigne),
                (
                    'candidature.avis_inspection_simple_mention',
                    candidature_avis_inspection_simple_mention,
                ),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_AVIS_INSPECTION_MOTIVE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "L'avis du corps d'inspection doit être motivé (formation et "
                            'parcours, connaissances et expérience, appréciation du dossier) : la '
                            'simple mention « favorable » ou « défavorable » est insuffisante.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_AVIS_INSPECTION_MOTIVE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Avis du corps d'inspection "
                            'réellement motivé.'
                        ),
                        values,
                        missing=(
                            ('candidature.avis_inspection_renseigné',)
                            if applies is None
                            else ()
                        )
                        + (
                            ('candidature.avis_inspection_simple_mention',)
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:111 règle pièces_jointes (bloquante)
    holds = rt.all_provided(
        dossier_pieces_fournies,
        (
            (True, 'fiche_candidature', 'Fiche de candidature à un détachement (annexe 2)'),
            (True, 'curriculum_vitae', 'Curriculum vitae'),
            (True, 'lettre_motivation', 'Lettre de motivation'),
            (True, 'copie_diplômes', 'Copie des diplômes'),
            (
                rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES),
                'qualification_sauvetage_aquatique',
                'Qualification en sauvetage aquatique',
            ),
            (
                rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_2),
                'qualification_natation_pièce',
                'Qualification en natation',
            ),
            (
                rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_3),
                'qualification_secourisme_pièce',
                'Qualification en secourisme',
            ),
            (
                candidat_hors_menj,
                'statut_particulier',
                "Copie du statut particulier du corps ou cadre d'emploi d'origine",
            ),
            (True, 'grille_indiciaire', 'Grille indiciaire'),
            (True, 'bulletin_paye', 'Copie du dernier bulletin de paye'),
            (True, 'arrêté_promotion', 'Copie du dernier arrêté de promotion'),
            (
                (None if candidat_position is None else candidat_position != 'activité'),
                'arrêté_position',
                'Arrêté de position',
            ),
        ),
    )
    if holds is True:
        satisfied.append('pièces_jointes')
    else:
        values = (
            ('dossier.pièces_fournies', dossier_pieces_fournies),
            ('détachement.corps_accueil', detachement_corps_accueil),
            ('candidat.hors_menj', candidat_hors_menj),
            ('candidat.position', candidat_position),
        )
        if holds is False:
            message = (
                (
                    'La fiche de candidature doit être accompagnée des pièces à joindre '
                    'obligatoirement : il manque '
                )
                + rt.fmt(
                    rt.missing_documents(
                        dossier_pieces_fournies,
                        (
                            (
                                True,
                                'fiche_candidature',
                                'Fiche de candidature à un détachement (annexe 2)',
                            ),
                            (True, 'curriculum_vitae', 'Curriculum vitae'),
                            (True, 'lettre_motivation', 'Lettre de motivation'),
                            (True, 'copie_diplômes', 'Copie des diplômes'),
                            (
                                rt.any_in(
                                    detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES
                                ),
                                'qualification_sauvetage_aquatique',
                                'Qualification en sauvetage aquatique',
                            ),
                            (
                                rt.any_in(
                                    detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_2
                                ),
                                'qualification_natation_pièce',
                                'Qualification en natation',
                            ),
                            (
                                rt.any_in(
                                    detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_3
                                ),
                                'qualification_secourisme_pièce',
                                'Qualification en secourisme',
                            ),
                            (
                                candidat_hors_menj,
                                'statut_particulier',
                                "Copie du statut particulier du corps ou cadre d'emploi d'origine",
                            ),
                            (True, 'grille_indiciaire', 'Grille indiciaire'),
                            (True, 'bulletin_paye', 'Copie du dernier bulletin de paye'),
                            (True, 'arrêté_promotion', 'Copie du dernier arrêté de promotion'),
                            (
                                (
                                    None
                                    if candidat_position is None
                                    else candidat_position != 'activité'
                                ),
                                'arrêté_position',
                                'Arrêté de position',
                            ),
                        ),
                    )
                )
                + '.'
            )
            findings.append(
                rt.Finding(_RULE_PIECES_JOINTES, rt.Outcome.VIOLATED, 'bloquante', message, values)
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_PIECES_JOINTES,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Pièces à joindre obligatoirement.",
                    values,
                    missing=rt.unknown(('dossier.pièces_fournies', dossier_pieces_fournies))
                    + rt.missing_each(
                        (
                            rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES),
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil)),
                        ),
                        (
                            rt.any_in(
                                detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_2
                            ),
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil)),
                        ),
                        (
                            rt.any_in(
                                detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_3
                            ),
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil)),
                        ),
                        (
                            candidat_hors_menj,
                            rt.unknown(('candidat.hors_menj', candidat_hors_menj)),
                        ),
                        (
                            (
                                None
                                if candidat_position is None
                                else candidat_position != 'activité'
                            ),
                            rt.unknown(('candidat.position', candidat_position)),
                        ),
                    ),
                )
            )
            undecided = True

    # circulars/detachement_2019.circ:117 règle corps_sollicité (bloquante)
    holds = None if nombre_corps is None else nombre_corps >= 1
    if holds is True:
        satisfied.append('corps_sollicité')
    else:
        values = (
            ('détachement.corps_accueil', detachement_corps_accueil), ('nombre_corps', nombre_corps)
        )
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_CORPS_SOLLICITE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    "Indiquez le corps d'accueil sollicité (deux au maximum).",
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_CORPS_SOLLICITE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Au moins un corps d'accueil sollicité.",
                    values,
                    missing=rt.unknown(('détachement.corps_accueil', detachement_corps_accueil)),
                )
            )
            undecided = True

    # circulars/detachement_2019.circ:122 règle deux_corps_maximum (bloquante)
    holds = None if nombre_corps is None else nombre_corps <= 2
    if holds is True:
        satisfied.append('deux_corps_maximum')
    else:
        values = (
            ('détachement.corps_accueil', detachement_corps_accueil), ('nombre_corps', nombre_corps)
        )
        if holds is False:
            message = (
                'Vous sollicitez '
                + rt.fmt(nombre_corps)
                + " corps d'accueil ("
                + rt.fmt_choice(detachement_corps_accueil, _LABELS_DETACHEMENT_CORPS_ACCUEIL)
                + ') : deux corps au maximum peuvent être demandés.'
            )
            findings.append(
                rt.Finding(
                    _RULE_DEUX_CORPS_MAXIMUM, rt.Outcome.VIOLATED, 'bloquante', message, values
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DEUX_CORPS_MAXIMUM,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Deux corps d'accueil au maximum.",
                    values,
                    missing=rt.unknown(('détachement.corps_accueil', detachement_corps_accueil)),
                )
            )
            undecided = True

    # circulars/detachement_2019.circ:127 règle discipline_agrégés (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_4)
    if applies is False:
        not_applicable.append('discipline_agrégés')
    else:
        holds = (
            None if detachement_discipline_agreges is None else detachement_discipline_agreges != ''
        )
        if holds is True:
            satisfied.append('discipline_agrégés')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('détachement.discipline_agrégés', detachement_discipline_agreges),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_DISCIPLINE_AGREGES,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Pour l'accueil dans le corps des agrégés, précisez la discipline "
                            "d'enseignement (une seule discipline par corps)."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DISCIPLINE_AGREGES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Discipline précisée pour le corps "
                            'des agrégés.'
                        ),
                        values,
                        missing=(
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil))
                            if applies is None
                            else ()
                        )
                        + (('détachement.discipline_agrégés',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:133 règle discipline_certifiés (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_5)
    if applies is False:
        not_applicable.append('discipline_certifiés')
    else:
        holds = (
            None
            if detachement_discipline_certifies is None
            else detachement_discipline_certifies != ''
        )
        if holds is True:
            satisfied.append('discipline_certifiés')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('détachement.discipline_certifiés', detachement_discipline_certifies),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_DISCIPLINE_CERTIFIES,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Pour l'accueil dans le corps des certifiés, précisez la discipline "
                            "d'enseignement (une seule discipline par corps)."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DISCIPLINE_CERTIFIES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Discipline précisée pour le corps "
                            'des certifiés.'
                        ),
                        values,
                        missing=(
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil))
                            if applies is None
                            else ()
                        )
                        + (('détachement.discipline_certifiés',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:139 règle discipline_plp (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_6)
    if applies is False:
        not_applicable.append('discipline_plp')
    else:
        holds = None if detachement_discipline_plp is None else detachement_discipline_plp != ''
        if holds is True:
            satisfied.append('discipline_plp')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('détachement.discipline_plp', detachement_discipline_plp),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_DISCIPLINE_PLP,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Pour l'accueil dans le corps des PLP, précisez la discipline "
                            "d'enseignement (une seule discipline par corps)."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DISCIPLINE_PLP,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Discipline précisée pour le corps "
                            'des PLP.'
                        ),
                        values,
                        missing=(
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil))
                            if applies is None
                            else ()
                        )
                        + (('détachement.discipline_plp',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:145 règle option_précisée (bloquante)
    applies = rt.and3(
        rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_7),
        detachement_discipline_a_option,
    )
    if applies is False:
        not_applicable.append('option_précisée')
    else:
        holds = None if detachement_option is None else detachement_option != ''
        if holds is True:
            satisfied.append('option_précisée')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('détachement.discipline_à_option', detachement_discipline_a_option),
                ('détachement.option', detachement_option),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_OPTION_PRECISEE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Pour les disciplines économie et gestion et sciences industrielles de '
                            "l'ingénieur, précisez l'option choisie."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_OPTION_PRECISEE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Option précisée (économie et "
                            "gestion, sciences industrielles de l'ingénieur)."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                rt.any_in(
                                    detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_7
                                ),
                                rt.unknown(
                                    ('détachement.corps_accueil', detachement_corps_accueil)
                                ),
                                detachement_discipline_a_option,
                                rt.unknown(
                                    (
                                        'détachement.discipline_à_option',
                                        detachement_discipline_a_option,
                                    )
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (('détachement.option',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:151 règle spécialité_psyen (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_8)
    if applies is False:
        not_applicable.append('spécialité_psyen')
    else:
        holds = rt.eq(rt.count(detachement_specialite_psyen), 1)
        if holds is True:
            satisfied.append('spécialité_psyen')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('détachement.spécialité_psyen', detachement_specialite_psyen),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_SPECIALITE_PSYEN,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Pour l'accueil dans le corps des psychologues de l'éducation "
                            'nationale, choisissez une seule spécialité : éducation, développement '
                            'et apprentissages, ou éducation, développement et conseil en '
                            'orientation scolaire et professionnelle.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_SPECIALITE_PSYEN,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Spécialité choisie pour le corps "
                            "des psychologues de l'éducation nationale."
                        ),
                        values,
                        missing=(
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil))
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('détachement.spécialité_psyen', detachement_specialite_psyen)
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:157 règle deux_vœux_maximum (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('deux_vœux_maximum')
    else:
        holds = None if detachement_nombre_vux_pe is None else detachement_nombre_vux_pe <= 2
        if holds is True:
            satisfied.append('deux_vœux_maximum')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('détachement.nombre_vœux_pe', detachement_nombre_vux_pe),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Pour un détachement dans le corps des professeurs des écoles, deux '
                        'académies ou départements au maximum peuvent être demandés ('
                    )
                    + rt.fmt(detachement_nombre_vux_pe)
                    + ' indiqués).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DEUX_VUX_MAXIMUM, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DEUX_VUX_MAXIMUM,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Deux académies ou départements au "
                            'maximum (professeurs des écoles).'
                        ),
                        values,
                        missing=(
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil))
                            if applies is None
                            else ()
                        )
                        + (('détachement.nombre_vœux_pe',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:166 règle qualification_sauvetage (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES)
    if applies is False:
        not_applicable.append('qualification_sauvetage')
    else:
        holds = candidat_qualification_sauvetage
        if holds is True:
            satisfied.append('qualification_sauvetage')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('candidat.qualification_sauvetage', candidat_qualification_sauvetage),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_QUALIFICATION_SAUVETAGE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Un détachement dans le corps des Peps requiert la qualification en '
                            'sauvetage aquatique (décret n° 2004-592 du 17 juin 2004 et arrêté du '
                            '12 février 2019).'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_QUALIFICATION_SAUVETAGE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Qualification en sauvetage "
                            'aquatique (corps des Peps).'
                        ),
                        values,
                        missing=(
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil))
                            if applies is None
                            else ()
                        )
                        + (('candidat.qualification_sauvetage',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:172 règle qualification_natation (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('qualification_natation')
    else:
        holds = candidat_qualification_natation
        if holds is True:
            satisfied.append('qualification_natation')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('candidat.qualification_natation', candidat_qualification_natation),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_QUALIFICATION_NATATION,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Un détachement dans le corps des professeurs des écoles requiert la '
                            'qualification en natation (décret n° 2004-592 du 17 juin 2004).'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_QUALIFICATION_NATATION,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Qualification en natation (corps "
                            'des professeurs des écoles).'
                        ),
                        values,
                        missing=(
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil))
                            if applies is None
                            else ()
                        )
                        + (('candidat.qualification_natation',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:178 règle qualification_secourisme (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_3)
    if applies is False:
        not_applicable.append('qualification_secourisme')
    else:
        holds = candidat_qualification_secourisme
        if holds is True:
            satisfied.append('qualification_secourisme')
        else:
            values = (
                ('détachement.corps_accueil', detachement_corps_accueil),
                ('candidat.qualification_secourisme', candidat_qualification_secourisme),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_QUALIFICATION_SECOURISME,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Un détachement dans le corps des Peps ou des professeurs des écoles '
                            'requiert la qualification en secourisme (décret n° 2004-592 du 17 '
                            'juin 2004 et arrêté du 12 février 2019).'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_QUALIFICATION_SECOURISME,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Qualification en secourisme (corps "
                            'des Peps et des professeurs des écoles).'
                        ),
                        values,
                        missing=(
                            rt.unknown(('détachement.corps_accueil', detachement_corps_accueil))
                            if applies is None
                            else ()
                        )
                        + (('candidat.qualification_secourisme',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/detachement_2019.circ:185 règle traitement_pégase (information)
    findings.append(_NOTICE_TRAITEMENT_PEGASE)

    # circulars/detachement_2019.circ:191 règle tableaux_suivi (information)
    findings.append(_NOTICE_TABLEAUX_SUIVI)

    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),
        checklist=tuple(checklist),
        deadlines=(_DEADLINE_RETOUR_TABLEAU_MAINTIEN, _DEADLINE_RETOUR_TABLEAU_INTEGRATION_PSYEN),
        opinions=(_OPINION_AVIS_SUPERIEUR, _OPINION_AVIS_INSPECTION),
        submissions=(_SUBMISSION,),
        computed={'nombre_corps': nombre_corps},
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        detachement_corps_accueil,
        detachement_discipline_agreges,
        detachement_discipline_certifies,
        detachement_discipline_plp,
        detachement_discipline_a_option,
        detachement_option,
        detachement_specialite_psyen,
        detachement_nombre_vux_pe,
        candidat_position,
        candidat_hors_menj,
        candidat_qualification_sauvetage,
        candidat_qualification_natation,
        candidat_qualification_secourisme,
        candidature_fiche_renseignee,
        candidature_avis_superieur_renseigne,
        candidature_avis_inspection_renseigne,
        candidature_avis_inspection_simple_mention,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/detachement_2019.circ:84 valeur nombre_corps
    nombre_corps = rt.count(detachement_corps_accueil)
    # tested by 2 rules
    shared_2 = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_2)
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/detachement_2019.circ:88 règle fiche_renseignée (bloquante)
    holds: bool | None = candidature_fiche_renseignee
    if holds is False:
        failed.append('fiche_renseignée')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/detachement_2019.circ:93 règle avis_supérieur_renseigné (bloquante)
    holds = candidature_avis_superieur_renseigne
    if holds is False:
        failed.append('avis_supérieur_renseigné')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/detachement_2019.circ:98 règle avis_inspection_renseigné (bloquante)
    holds = candidature_avis_inspection_renseigne
    if holds is False:
        failed.append('avis_inspection_renseigné')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/detachement_2019.circ:104 règle avis_inspection_motivé (bloquante)
    applies: bool | None = candidature_avis_inspection_renseigne
    if applies is not False:
        holds = (
            None
            if candidature_avis_inspection_simple_mention is None
            else not candidature_avis_inspection_simple_mention
        )
        if holds is False and applies is True:
            failed.append('avis_inspection_motivé')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:111 règle pièces_jointes (bloquante)
    holds = rt.all_provided(
        dossier_pieces_fournies,
        (
            (True, 'fiche_candidature', 'Fiche de candidature à un détachement (annexe 2)'),
            (True, 'curriculum_vitae', 'Curriculum vitae'),
            (True, 'lettre_motivation', 'Lettre de motivation'),
            (True, 'copie_diplômes', 'Copie des diplômes'),
            (
                rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES),
                'qualification_sauvetage_aquatique',
                'Qualification en sauvetage aquatique',
            ),
            (
                rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_2),
                'qualification_natation_pièce',
                'Qualification en natation',
            ),
            (
                rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_3),
                'qualification_secourisme_pièce',
                'Qualification en secourisme',
            ),
            (
                candidat_hors_menj,
                'statut_particulier',
                "Copie du statut particulier du corps ou cadre d'emploi d'origine",
            ),
            (True, 'grille_indiciaire', 'Grille indiciaire'),
            (True, 'bulletin_paye', 'Copie du dernier bulletin de paye'),
            (True, 'arrêté_promotion', 'Copie du dernier arrêté de promotion'),
            (
                (None if candidat_position is None else candidat_position != 'activité'),
                'arrêté_position',
                'Arrêté de position',
            ),
        ),
    )
    if holds is False:
        failed.append('pièces_jointes')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/detachement_2019.circ:117 règle corps_sollicité (bloquante)
    holds = None if nombre_corps is None else nombre_corps >= 1
    if holds is False:
        failed.append('corps_sollicité')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/detachement_2019.circ:122 règle deux_corps_maximum (bloquante)
    holds = None if nombre_corps is None else nombre_corps <= 2
    if holds is False:
        failed.append('deux_corps_maximum')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/detachement_2019.circ:127 règle discipline_agrégés (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_4)
    if applies is not False:
        holds = (
            None if detachement_discipline_agreges is None else detachement_discipline_agreges != ''
        )
        if holds is False and applies is True:
            failed.append('discipline_agrégés')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:133 règle discipline_certifiés (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_5)
    if applies is not False:
        holds = (
            None
            if detachement_discipline_certifies is None
            else detachement_discipline_certifies != ''
        )
        if holds is False and applies is True:
            failed.append('discipline_certifiés')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:139 règle discipline_plp (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_6)
    if applies is not False:
        holds = None if detachement_discipline_plp is None else detachement_discipline_plp != ''
        if holds is False and applies is True:
            failed.append('discipline_plp')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:145 règle option_précisée (bloquante)
    applies = rt.and3(
        rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_7),
        detachement_discipline_a_option,
    )
    if applies is not False:
        holds = None if detachement_option is None else detachement_option != ''
        if holds is False and applies is True:
            failed.append('option_précisée')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:151 règle spécialité_psyen (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_8)
    if applies is not False:
        holds = rt.eq(rt.count(detachement_specialite_psyen), 1)
        if holds is False and applies is True:
            failed.append('spécialité_psyen')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:157 règle deux_vœux_maximum (bloquante)
    applies = shared_2
    if applies is not False:
        holds = None if detachement_nombre_vux_pe is None else detachement_nombre_vux_pe <= 2
        if holds is False and applies is True:
            failed.append('deux_vœux_maximum')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:166 règle qualification_sauvetage (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES)
    if applies is not False:
        holds = candidat_qualification_sauvetage
        if holds is False and applies is True:
            failed.append('qualification_sauvetage')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:172 règle qualification_natation (bloquante)
    applies = shared_2
    if applies is not False:
        holds = candidat_qualification_natation
        if holds is False and applies is True:
            failed.append('qualification_natation')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/detachement_2019.circ:178 règle qualification_secourisme (bloquante)
    applies = rt.any_in(detachement_corps_accueil, _DETACHEMENT_CORPS_ACCUEIL_VALUES_3)
    if applies is not False:
        holds = candidat_qualification_secourisme
        if holds is False and applies is True:
            failed.append('qualification_secourisme')
            refused = True
        elif holds is not True:
            undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
