# Généré par circdsl depuis circulars/temps_partiel_essonne_2025.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Exercice à temps partiel des instituteurs et professeurs des écoles, rentrée '
    "scolaire 2025/2026 (DSDEN de l'Essonne (Direction des services départementaux de "
    "l'Éducation nationale))."
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
    name='temps_partiel_essonne_2025',
    title=(
        'Exercice à temps partiel des instituteurs et professeurs des écoles, rentrée scolaire '
        '2025/2026'
    ),
    authority="DSDEN de l'Essonne (Direction des services départementaux de l'Éducation nationale)",
    reference='2024-DSDEN91-93',
    issued=datetime.date(2024, 12, 11),
    school_year='2025-2026',
    dispositif='Temps partiel',
    source='sources/002_3a4ef42e33c15eb3.txt',
    file='circulars/temps_partiel_essonne_2025.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.statut': "Statut de l'agent",
    'agent.fonction': 'Fonction exercée',
    'agent.degré': "Degré d'enseignement",
    'agent.rqth': (
        "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
        'invalidité »...)'
    ),
    'agent.fonctions_direction': "L'agent exerce des fonctions de direction",
    'agent.taux_incapacité_permanente': "Taux d'incapacité permanente reconnu à l'agent",
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'demande.date_début': "Date de début souhaitée (prise d'effet de la mesure demandée)",
    'demande.quotité': 'Quotité de service demandée',
    'tp.motif': 'Motif du temps partiel demandé',
    'tp.nature': 'Nature de la demande',
    'tp.modalité': "Modalité d'exercice du temps partiel",
    'tp.situation_imprévisible': 'Situation imprévisible justifiant une demande hors délai',
    'tp.retraite_progressive': "L'enseignant sollicite un départ progressif à la retraite",
    'école.organisation': "Organisation de la semaine scolaire dans l'école d'exercice",
    'affectation.remplaçant': "L'enseignant est chargé de remplacement",
    'affectation.second_degré': (
        "L'enseignant exerce dans un établissement relevant du second degré"
    ),
    'enfant.date_naissance': "Date de naissance de l'enfant",
    'enfant.adopté': "L'enfant est adopté",
    'enfant.date_arrivée_foyer': "Date d'arrivée au foyer de l'enfant adopté",
    'accident_travail': (
        "L'enseignant est victime d'un accident du travail ayant entraîné une incapacité "
        'permanente'
    ),
    'entreprise.années_accordées': (
        'Années de temps partiel déjà accordées pour cette même entreprise'
    ),
    'entreprise.autre_entreprise': (
        "L'enseignant a déjà bénéficié d'un temps partiel pour créer ou reprendre une autre "
        'entreprise'
    ),
    'entreprise.années_exclusives': (
        "Années d'activité exclusivement consacrées à l'Éducation nationale depuis ce précédent "
        'temps partiel'
    ),
    'surcotisation.demandée': "L'enseignant demande à surcotiser pour la retraite",
    'surcotisation.années_effectuées': 'Années de surcotisation déjà effectuées',
    'rémunération.traitement_brut': 'Traitement brut mensuel à temps plein',
    'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur',
}
_FACT_ORDER: dict[str, int] = {
    'agent.statut': 0,
    'agent.fonction': 1,
    'agent.degré': 2,
    'agent.rqth': 3,
    'agent.fonctions_direction': 4,
    'agent.taux_incapacité_permanente': 5,
    'demande.date_dépôt': 6,
    'demande.date_début': 7,
    'demande.quotité': 8,
    'tp.motif': 9,
    'tp.nature': 10,
    'tp.modalité': 11,
    'tp.situation_imprévisible': 12,
    'tp.retraite_progressive': 13,
    'école.organisation': 14,
    'affectation.remplaçant': 15,
    'affectation.second_degré': 16,
    'enfant.date_naissance': 17,
    'enfant.adopté': 18,
    'enfant.date_arrivée_foyer': 19,
    'accident_travail': 20,
    'entreprise.années_accordées': 21,
    'entreprise.autre_entreprise': 22,
    'entreprise.années_exclusives': 23,
    'surcotisation.demandée': 24,
    'surcotisation.années_effectuées': 25,
    'rémunération.traitement_brut': 26,
    'dossier.pièces_fournies': 27,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'courrier_explicatif': ('tp.motif',),
    'demande_motivée_prolongation': ('tp.motif',),
    'certificat_médical': ('tp.motif',),
    'attestation_soins_proche': ('tp.motif',),
    'demande_cumul': ('tp.motif',),
}
_TP_MOTIF_VALUES = frozenset({'enfant_moins_3_ans', 'handicap', 'soins_proche'})
_ROWS_REGIME_DU_MOTIF = (('de_droit',), ('sur_autorisation',))
_ROWS_ORGANISATION_HEBDOMADAIRE = ((1, 7), (1, None), (2, None))
_DECIMAL_15_56 = Decimal('15.56')
_DECIMAL_22_25 = Decimal('22.25')
_ROWS_BAREME_SURCOTISATION = ((_DECIMAL_15_56, 5), (_DECIMAL_22_25, 2))
_ROWS_PLAFOND_SURCOTISATION = ((8,), (4,))
_DECIMAL_11_10 = Decimal('11.10')
_REGIME_DU_MOTIF_REGIME_VALUES = frozenset({'de_droit'})
_DEMANDE_QUOTITE_VALUES = frozenset({50, 75, 80})
_REGIME_DU_MOTIF_REGIME_VALUES_2 = frozenset({'sur_autorisation'})
_DEMANDE_QUOTITE_VALUES_2 = frozenset({50, 75})
_DATE_2026_08_31 = datetime.date(2026, 8, 31)
_DATE_2025_09_01 = datetime.date(2025, 9, 1)
_TP_MOTIF_VALUES_2 = frozenset({'prolongation_enfant', 'prolongation_soins'})
_DATE_2024_12_20 = datetime.date(2024, 12, 20)
_DATE_2025_03_10 = datetime.date(2025, 3, 10)
_TP_MOTIF_VALUES_3 = frozenset({'enfant_moins_3_ans', 'enfant_moins_8_ans', 'prolongation_enfant'})
_DEMANDE_QUOTITE_VALUES_3 = frozenset({50, 80})
_TP_MOTIF_VALUES_4 = frozenset(
    {
        'convenances_personnelles',
        'création_entreprise',
        'prolongation_soins',
        'raison_santé',
        'soins_proche',
    }
)
_TP_MOTIF_VALUES_5 = frozenset({'convenances_personnelles', 'raison_santé'})
_SERVICE_DSDEN = rt.Recipient(
    'dsden',
    "DSDEN de l'Essonne – DIPER 1, bureau de la gestion collective",
    False,
    (
        'Bureau de la gestion collective (DIPER 1) – ce.ia91.diper1ga@ac-versailles.fr – Tél. : 01 '
        '69 47 84 20'
    ),
)
_CITE_COURRIER_EXPLICATIF = rt.Citation(
    (
        'Les demandes de temps partiel pour convenances personnelles doivent obligatoirement être '
        "accompagnées d'un courrier explicatif motivant la demande de l'enseignant."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    181,
)
_CITE_COURRIER_EXPLICATIF_2 = rt.Citation(
    (
        "Les demandes pour raison de santé doivent obligatoirement être accompagnées d'un "
        'courrier explicatif.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    183,
)
_DOC_COURRIER_EXPLICATIF = rt.ChecklistItem(
    'courrier_explicatif',
    'Courrier explicatif motivant la demande',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_DSDEN,)),),
    None,
    (_CITE_COURRIER_EXPLICATIF, _CITE_COURRIER_EXPLICATIF_2),
)
_DOC_COURRIER_EXPLICATIF_IF = rt.ChecklistItem(
    'courrier_explicatif',
    'Courrier explicatif motivant la demande',
    'à fournir si …',
    'tp.motif dans {convenances_personnelles, raison_santé}',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_DSDEN,)),),
    None,
    (_CITE_COURRIER_EXPLICATIF, _CITE_COURRIER_EXPLICATIF_2),
)
_CITE_DEMANDE_MOTIVEE_PROLONGATION = rt.Citation(
    (
        "doit faire l'objet d'une demande de temps partiel sur autorisation motivée qui est "
        "soumise à l'appréciation de madame la directrice académique"
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    155,
)
_DOC_DEMANDE_MOTIVEE_PROLONGATION = rt.ChecklistItem(
    'demande_motivée_prolongation',
    "Demande motivée de prolongation du temps partiel jusqu'au terme de l'année scolaire",
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_DSDEN,)),),
    None,
    (_CITE_DEMANDE_MOTIVEE_PROLONGATION,),
)
_DOC_DEMANDE_MOTIVEE_PROLONGATION_IF = rt.ChecklistItem(
    'demande_motivée_prolongation',
    "Demande motivée de prolongation du temps partiel jusqu'au terme de l'année scolaire",
    'à fournir si …',
    'tp.motif = prolongation_soins',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_DSDEN,)),),
    None,
    (_CITE_DEMANDE_MOTIVEE_PROLONGATION,),
)
_SERVICE_MEDECIN_PREVENTION = rt.Recipient(
    'médecin_prévention', 'Médecin de prévention des personnels', True, None
)
_CITE_CERTIFICAT_MEDICAL = rt.Citation(
    (
        'Un certificat médical, doit impérativement être adressé sous pli confidentiel au médecin '
        'de prévention des personnels'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    183,
)
_DOC_CERTIFICAT_MEDICAL = rt.ChecklistItem(
    'certificat_médical',
    'Certificat médical',
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_PREVENTION,)),),
    (
        "Le médecin de prévention peut, au vu des éléments, recevoir l'intéressé(e) pour demander "
        'des éléments complémentaires.'
    ),
    (_CITE_CERTIFICAT_MEDICAL,),
)
_DOC_CERTIFICAT_MEDICAL_IF = rt.ChecklistItem(
    'certificat_médical',
    'Certificat médical',
    'à fournir si …',
    'tp.motif = raison_santé',
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_MEDECIN_PREVENTION,)),),
    (
        "Le médecin de prévention peut, au vu des éléments, recevoir l'intéressé(e) pour demander "
        'des éléments complémentaires.'
    ),
    (_CITE_CERTIFICAT_MEDICAL,),
)
_CITE_ATTESTATION_SOINS_PROCHE = rt.Citation(
    (
        "l'enseignant devra formuler sa demande en complétant l'annexe 3 « Attestation médicale "
        '- Temps partiel de droit pour donner des soins à un proche »'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    153,
)
_DOC_ATTESTATION_SOINS_PROCHE = rt.ChecklistItem(
    'attestation_soins_proche',
    'Annexe 3 « Attestation médicale - Temps partiel de droit pour donner des soins à un proche »',
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('en ligne', False, (_SERVICE_MEDECIN_PREVENTION,)),),
    (
        "Jointe à la demande sur Colibris ; la demande est soumise à l'avis du médecin de "
        "prévention des personnels. L'annexe 3 et l'annexe 2 (liste des pièces justificatives) "
        'ne sont pas reproduites dans le texte source, qui ne précise pas le destinataire de '
        "l'attestation."
    ),
    (_CITE_ATTESTATION_SOINS_PROCHE,),
)
_DOC_ATTESTATION_SOINS_PROCHE_IF = rt.ChecklistItem(
    'attestation_soins_proche',
    'Annexe 3 « Attestation médicale - Temps partiel de droit pour donner des soins à un proche »',
    'à fournir si …',
    'tp.motif = soins_proche',
    True,
    True,
    (rt.Delivery('en ligne', False, (_SERVICE_MEDECIN_PREVENTION,)),),
    (
        "Jointe à la demande sur Colibris ; la demande est soumise à l'avis du médecin de "
        "prévention des personnels. L'annexe 3 et l'annexe 2 (liste des pièces justificatives) "
        'ne sont pas reproduites dans le texte source, qui ne précise pas le destinataire de '
        "l'attestation."
    ),
    (_CITE_ATTESTATION_SOINS_PROCHE,),
)
_CITE_DEMANDE_CUMUL = rt.Citation(
    (
        "dès ouverture de la campagne annuelle de demande de cumul d'activité, l'enseignant doit "
        "solliciter l'autorisation de cumuler ses deux activités professionnelles"
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    173,
)
_CITE_DEMANDE_CUMUL_2 = rt.Citation(
    (
        "Ainsi il formule une demande de temps partiel et une demande de cumul d'activités sur "
        'Colibris.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    173,
)
_DOC_DEMANDE_CUMUL = rt.ChecklistItem(
    'demande_cumul',
    "Demande d'autorisation de cumul d'activités",
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_DSDEN,)),),
    None,
    (_CITE_DEMANDE_CUMUL, _CITE_DEMANDE_CUMUL_2),
)
_DOC_DEMANDE_CUMUL_IF = rt.ChecklistItem(
    'demande_cumul',
    "Demande d'autorisation de cumul d'activités",
    'à fournir si …',
    'tp.motif = création_entreprise',
    False,
    False,
    (rt.Delivery('en ligne', False, (_SERVICE_DSDEN,)),),
    None,
    (_CITE_DEMANDE_CUMUL, _CITE_DEMANDE_CUMUL_2),
)
_CITE_PUBLIC_CONCERNE = rt.Citation(
    (
        'Tous les professeurs des écoles et les instituteurs en activité à la rentrée scolaire '
        "2025, et désireux d'exercer à temps partiel, sont concernés."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    195,
)
_RULE_PUBLIC_CONCERNE = rt.RuleInfo(
    'public_concerné',
    'Public concerné : instituteurs et professeurs des écoles',
    'bloquante',
    (_CITE_PUBLIC_CONCERNE,),
    'circulars/temps_partiel_essonne_2025.circ:228',
)
_CITE_STAGIAIRE_EXCLU = rt.Citation(
    '**Professeur des écoles stagiaire**', 'sources/002_3a4ef42e33c15eb3.txt', 269
)
_CITE_STAGIAIRE_EXCLU_2 = rt.Citation(
    (
        "En application de l'article 14 du décret du 7 octobre 1994 fixant les dispositions "
        "communes applicables aux stagiaires de l'Etat, l'octroi du temps partiel **ne peut pas "
        'être accordé aux professeurs des écoles stagiaires**.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    271,
)
_CITE_STAGIAIRE_EXCLU_3 = rt.Citation(
    (
        'Leur stage comporte un enseignement professionnel et est, pour partie, accompli dans un '
        'établissement de formation.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    271,
)
_RULE_STAGIAIRE_EXCLU = rt.RuleInfo(
    'stagiaire_exclu',
    'Temps partiel impossible pour les professeurs des écoles stagiaires',
    'bloquante',
    (_CITE_STAGIAIRE_EXCLU, _CITE_STAGIAIRE_EXCLU_2, _CITE_STAGIAIRE_EXCLU_3),
    'circulars/temps_partiel_essonne_2025.circ:233',
)
_CITE_DIRECTION_ECOLE = rt.Citation(
    "**Les directeurs d'école et les chargés d'école**", 'sources/002_3a4ef42e33c15eb3.txt', 273
)
_CITE_DIRECTION_ECOLE_2 = rt.Citation(
    (
        "Les responsabilités particulières qui incombent aux directeurs et chargés d'école sont "
        "**difficilement compatibles avec l'exercice de fonction à temps partiel**"
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    275,
)
_CITE_DIRECTION_ECOLE_3 = rt.Citation(
    (
        "les fonctions de directeur et de chargé d'école comportent l'exercice de "
        'responsabilités qui ne peuvent par nature être partagés'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    275,
)
_RULE_DIRECTION_ECOLE = rt.RuleInfo(
    'direction_école',
    "Directeurs et chargés d'école : fonctions difficilement compatibles avec le temps partiel",
    'avertissement',
    (_CITE_DIRECTION_ECOLE, _CITE_DIRECTION_ECOLE_2, _CITE_DIRECTION_ECOLE_3),
    'circulars/temps_partiel_essonne_2025.circ:240',
)
_CITE_QUOTITE_DROIT = rt.Citation(
    (
        "L'exercice des fonctions à temps partiel de droit doit correspondre à une quotité de "
        '50%, 75% ou de 80% de la durée hebdomadaire légale de service'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    123,
)
_RULE_QUOTITE_DROIT = rt.RuleInfo(
    'quotité_droit',
    'Temps partiel de droit : quotité de 50 %, 75 % ou 80 %',
    'bloquante',
    (_CITE_QUOTITE_DROIT,),
    'circulars/temps_partiel_essonne_2025.circ:248',
)
_CITE_QUOTITE_AUTORISATION = rt.Citation(
    'La quotité à 80% est autorisée uniquement pour les temps partiels de droit.',
    'sources/002_3a4ef42e33c15eb3.txt',
    125,
)
_CITE_QUOTITE_AUTORISATION_2 = rt.Citation(
    (
        "L'exercice des fonctions à temps partiel sur autorisation doit correspondre à une "
        'quotité de 50% ou 75% de la durée hebdomadaire légale de service des enseignants exerçant '
        'les mêmes fonctions à temps plein.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    167,
)
_CITE_QUOTITE_AUTORISATION_3 = rt.Citation(
    (
        'Toutes demandes de temps partiel sur autorisation formulées pour une autre quotité seront '
        'classées sans suite.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    169,
)
_RULE_QUOTITE_AUTORISATION = rt.RuleInfo(
    'quotité_autorisation',
    (
        'Temps partiel sur autorisation : quotité de 50 % ou 75 % (80 % réservé au temps partiel '
        'de droit)'
    ),
    'bloquante',
    (_CITE_QUOTITE_AUTORISATION, _CITE_QUOTITE_AUTORISATION_2, _CITE_QUOTITE_AUTORISATION_3),
    'circulars/temps_partiel_essonne_2025.circ:254',
)
_CITE_ENFANT_MOINS_TROIS_ANS = rt.Citation(
    (
        "Ce temps partiel de droit est ouvert à l'occasion de la naissance et jusqu'au troisième "
        "anniversaire de l'enfant."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    133,
)
_RULE_ENFANT_MOINS_TROIS_ANS = rt.RuleInfo(
    'enfant_moins_trois_ans',
    "Enfant de moins de trois ans : jusqu'au troisième anniversaire",
    'bloquante',
    (_CITE_ENFANT_MOINS_TROIS_ANS,),
    'circulars/temps_partiel_essonne_2025.circ:263',
)
_CITE_ENFANT_ADOPTE_TROIS_ANS = rt.Citation(
    (
        "Il est également ouvert l'occasion d'une adoption et jusqu'à l'expiration d'un délai "
        "de trois ans à compter de l'arrivée au foyer de l'enfant."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    133,
)
_RULE_ENFANT_ADOPTE_TROIS_ANS = rt.RuleInfo(
    'enfant_adopté_trois_ans',
    "Enfant adopté : dans les trois ans de l'arrivée au foyer",
    'bloquante',
    (_CITE_ENFANT_ADOPTE_TROIS_ANS,),
    'circulars/temps_partiel_essonne_2025.circ:269',
)
_CITE_CONDITIONS_HANDICAP = rt.Citation(
    (
        'les enseignants bénéficiant de la reconnaissance de la qualité travailleur handicapé '
        "(RQTH) ou victime d'un accident du travail ayant entraîné une incapacité permanente au "
        'moins égale à 10% peuvent solliciter un temps partiel de droit'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    159,
)
_RULE_CONDITIONS_HANDICAP = rt.RuleInfo(
    'conditions_handicap',
    (
        "Enseignant en situation de handicap : RQTH ou incapacité permanente d'au moins 10 % "
        'après accident du travail'
    ),
    'bloquante',
    (_CITE_CONDITIONS_HANDICAP,),
    'circulars/temps_partiel_essonne_2025.circ:275',
)
_CITE_PROLONGATION_ENFANT_TROIS_ANS = rt.Citation(
    (
        "Ce temps partiel de droit peut être prolongé en temps partiel sur autorisation jusqu'à "
        "la fin de l'année scolaire, si l'enfant atteint trois ans au cours de l'année."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    141,
)
_RULE_PROLONGATION_ENFANT_TROIS_ANS = rt.RuleInfo(
    'prolongation_enfant_trois_ans',
    "Prolongation : l'enfant atteint trois ans au cours de l'année scolaire",
    'bloquante',
    (_CITE_PROLONGATION_ENFANT_TROIS_ANS,),
    'circulars/temps_partiel_essonne_2025.circ:282',
)
_CITE_ENFANT_MOINS_HUIT_ANS = rt.Citation(
    'Pour élever un enfant de moins de huit ans', 'sources/002_3a4ef42e33c15eb3.txt', 187
)
_RULE_ENFANT_MOINS_HUIT_ANS = rt.RuleInfo(
    'enfant_moins_huit_ans',
    'Enfant de moins de huit ans',
    'bloquante',
    (_CITE_ENFANT_MOINS_HUIT_ANS,),
    'circulars/temps_partiel_essonne_2025.circ:288',
)
_CITE_ENTREPRISE_QUOTITE = rt.Citation(
    (
        "La quotité de service ne peut pas être inférieure à 50% de l'obligation réglementaire de "
        'service.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    173,
)
_RULE_ENTREPRISE_QUOTITE = rt.RuleInfo(
    'entreprise_quotité',
    "Création ou reprise d'entreprise : quotité d'au moins 50 %",
    'bloquante',
    (_CITE_ENTREPRISE_QUOTITE,),
    'circulars/temps_partiel_essonne_2025.circ:294',
)
_CITE_ENTREPRISE_TROIS_ANS = rt.Citation(
    (
        'Pour une même entreprise la durée du temps partiel est de trois ans maximum (sous réserve '
        "d'une nouvelle demande chaque année)."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    175,
)
_RULE_ENTREPRISE_TROIS_ANS = rt.RuleInfo(
    'entreprise_trois_ans',
    "Création ou reprise d'entreprise : trois ans maximum pour une même entreprise",
    'bloquante',
    (_CITE_ENTREPRISE_TROIS_ANS,),
    'circulars/temps_partiel_essonne_2025.circ:300',
)
_CITE_ENTREPRISE_NOUVELLE = rt.Citation(
    (
        "L'enseignant doit exclusivement consacrer son activité à l'Education nationale pendant "
        "3 ans avant de bénéficier d'un nouveau temps partiel en cas de création ou de reprise "
        "d'une nouvelle entreprise."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    177,
)
_RULE_ENTREPRISE_NOUVELLE = rt.RuleInfo(
    'entreprise_nouvelle',
    "Nouvelle entreprise : trois ans d'activité exclusive à l'Éducation nationale",
    'bloquante',
    (_CITE_ENTREPRISE_NOUVELLE,),
    'circulars/temps_partiel_essonne_2025.circ:306',
)
_CITE_ENTREPRISE_CUMUL = rt.Citation(
    (
        'Aucun enseignant ne peut être autorisé à créer ou à reprendre une entreprise sans avoir '
        "au préalable obtenu l'avis favorable d'exercer son activité principale à temps partiel"
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    173,
)
_RULE_ENTREPRISE_CUMUL = rt.RuleInfo(
    'entreprise_cumul',
    "Création ou reprise d'entreprise : demande de cumul d'activités",
    'information',
    (_CITE_ENTREPRISE_CUMUL, _CITE_DEMANDE_CUMUL_2),
    'circulars/temps_partiel_essonne_2025.circ:312',
)
_NOTICE_ENTREPRISE_CUMUL = rt.Finding(
    _RULE_ENTREPRISE_CUMUL,
    rt.Outcome.NOTICE,
    'information',
    (
        'Pour créer ou reprendre une entreprise, formulez sur Colibris une demande de temps '
        "partiel et une demande de cumul d'activités, dès l'ouverture de la campagne annuelle de "
        "cumul ; l'avis favorable d'exercer à temps partiel doit être obtenu au préalable, et "
        'une nouvelle demande est nécessaire chaque année.'
    ),
    (),
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
    "Temps partiel au titre de l'année scolaire 2025-2026",
    'bloquante',
    (_CITE_ANNEE_SCOLAIRE_DEMANDEE,),
    'circulars/temps_partiel_essonne_2025.circ:319',
)
_CITE_DELAI_AUTORISATION = rt.Citation(
    (
        'Toutes demandes de temps partiel sur autorisation parvenues hors délai ne pourront être '
        'prises en compte.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    391,
)
_CITE_DELAI_AUTORISATION_2 = rt.Citation(
    "Seules les situations imprévisibles seront soumises à l'appréciation de l'IA-DASEN.",
    'sources/002_3a4ef42e33c15eb3.txt',
    393,
)
_CITE_DELAI_AUTORISATION_3 = rt.Citation(
    "doivent être saisies en ligne via le site Colibris jusqu'au 10 mars 2025 inclus",
    'sources/002_3a4ef42e33c15eb3.txt',
    387,
)
_RULE_DELAI_AUTORISATION = rt.RuleInfo(
    'délai_autorisation',
    'Temps partiel sur autorisation : demande saisie pendant la campagne',
    'bloquante',
    (_CITE_DELAI_AUTORISATION, _CITE_DELAI_AUTORISATION_2, _CITE_DELAI_AUTORISATION_3),
    'circulars/temps_partiel_essonne_2025.circ:324',
)
_CITE_CAMPAGNE_DROIT_RENTREE = rt.Citation(
    (
        'Les demandes de travail à temps partiel et les demandes de réintégration pour la rentrée '
        "scolaire 2025, doivent être saisies en ligne via le site Colibris jusqu'au 10 mars 2025 "
        'inclus.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    387,
)
_CITE_CAMPAGNE_DROIT_RENTREE_2 = rt.Citation(
    "Il peut être demandé à tout moment de l'année.", 'sources/002_3a4ef42e33c15eb3.txt', 137
)
_RULE_CAMPAGNE_DROIT_RENTREE = rt.RuleInfo(
    'campagne_droit_rentrée',
    'Temps partiel de droit à la rentrée 2025 : demande saisie pendant la campagne',
    'bloquante',
    (_CITE_CAMPAGNE_DROIT_RENTREE, _CITE_CAMPAGNE_DROIT_RENTREE_2),
    'circulars/temps_partiel_essonne_2025.circ:333',
)
_CITE_PREVENANCE_EN_COURS_ANNEE = rt.Citation(
    (
        "Les demandes de temps partiel de droit survenant en cours d'année scolaire doivent être "
        "formulées, sur l'application Colibris, au moins deux mois avant la date de début du "
        'temps partiel.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    389,
)
_CITE_PREVENANCE_EN_COURS_ANNEE_2 = rt.Citation(
    'Dans ce cadre la demande doit parvenir à la DSDEN avec un délai de prévenance de deux mois.',
    'sources/002_3a4ef42e33c15eb3.txt',
    139,
)
_CITE_PREVENANCE_EN_COURS_ANNEE_3 = rt.Citation(
    "Les temps partiels de droit sont accordés après vérification des conditions d'octroi.",
    'sources/002_3a4ef42e33c15eb3.txt',
    389,
)
_RULE_PREVENANCE_EN_COURS_ANNEE = rt.RuleInfo(
    'prévenance_en_cours_année',
    "Temps partiel de droit en cours d'année : demande deux mois avant le début",
    'bloquante',
    (
        _CITE_PREVENANCE_EN_COURS_ANNEE,
        _CITE_PREVENANCE_EN_COURS_ANNEE_2,
        _CITE_PREVENANCE_EN_COURS_ANNEE_3,
    ),
    'circulars/temps_partiel_essonne_2025.circ:341',
)
_CITE_ANNUALISE_RENTREE = rt.Citation(
    '2.2 Temps partiel annualisé', 'sources/002_3a4ef42e33c15eb3.txt', 218
)
_CITE_ANNUALISE_RENTREE_2 = rt.Citation(
    "L'enseignant alterne une période travaillée à temps complet et une période non travaillée.",
    'sources/002_3a4ef42e33c15eb3.txt',
    220,
)
_CITE_ANNUALISE_RENTREE_3 = rt.Citation(
    "L'autorisation prend effet le 1^{er} septembre et est accordée pour l'année scolaire.",
    'sources/002_3a4ef42e33c15eb3.txt',
    222,
)
_RULE_ANNUALISE_RENTREE = rt.RuleInfo(
    'annualisé_rentrée',
    "Temps partiel annualisé : effet au 1er septembre, pour l'année scolaire",
    'bloquante',
    (_CITE_ANNUALISE_RENTREE, _CITE_ANNUALISE_RENTREE_2, _CITE_ANNUALISE_RENTREE_3),
    'circulars/temps_partiel_essonne_2025.circ:350',
)
_CITE_ANNUALISE_PERIODES = rt.Citation(
    "Pour la quotité à 50%, l'année scolaire 2025/2026 se décompose alors en deux périodes",
    'sources/002_3a4ef42e33c15eb3.txt',
    222,
)
_CITE_ANNUALISE_PERIODES_2 = rt.Citation(
    (
        "L'enseignant exerce, pendant la période travaillée choisie, ses fonctions à temps "
        "complet mais perçoit tout au long de l'année scolaire une rémunération avec une quotité "
        'égale à 50%.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    227,
)
_CITE_ANNUALISE_PERIODES_3 = rt.Citation(
    (
        "L'enseignant est affecté à titre provisoire en qualité de remplaçant dans la brigade "
        'départementale.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    227,
)
_RULE_ANNUALISE_PERIODES = rt.RuleInfo(
    'annualisé_périodes',
    'Temps partiel annualisé à 50 % : deux périodes',
    'information',
    (_CITE_ANNUALISE_PERIODES, _CITE_ANNUALISE_PERIODES_2, _CITE_ANNUALISE_PERIODES_3),
    'circulars/temps_partiel_essonne_2025.circ:358',
)
_NOTICE_ANNUALISE_PERIODES = rt.Finding(
    _RULE_ANNUALISE_PERIODES,
    rt.Outcome.NOTICE,
    'information',
    (
        "À 50 %, l'année scolaire 2025/2026 se décompose en deux périodes : du 1er septembre 2025 "
        "au 31 janvier 2026 inclus, puis du 1er février 2026 à la fin de l'année scolaire. Vous "
        'exercez à temps complet pendant la période travaillée choisie, avec une rémunération à 50 '
        "% toute l'année, et êtes affecté(e) à titre provisoire comme remplaçant(e) dans la "
        'brigade départementale.'
    ),
    (),
)
_CITE_ANNUALISE_AUTRES_QUOTITES = rt.Citation(
    "D'autres quotités peuvent être sollicitées.", 'sources/002_3a4ef42e33c15eb3.txt', 229
)
_CITE_ANNUALISE_AUTRES_QUOTITES_2 = rt.Citation(
    (
        'Le temps partiel annualisé est accordé sous réserve des nécessités de service et de la '
        'continuité du service public.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    220,
)
_RULE_ANNUALISE_AUTRES_QUOTITES = rt.RuleInfo(
    'annualisé_autres_quotités',
    'Temps partiel annualisé à une autre quotité',
    'information',
    (_CITE_ANNUALISE_AUTRES_QUOTITES, _CITE_ANNUALISE_AUTRES_QUOTITES_2),
    'circulars/temps_partiel_essonne_2025.circ:365',
)
_NOTICE_ANNUALISE_AUTRES_QUOTITES = rt.Finding(
    _RULE_ANNUALISE_AUTRES_QUOTITES,
    rt.Outcome.NOTICE,
    'information',
    (
        "D'autres quotités que 50 % peuvent être sollicitées en temps partiel annualisé ; il est "
        'accordé sous réserve des nécessités de service et de la continuité du service public.'
    ),
    (),
)
_CITE_JOURS_LIBERES = rt.Citation(
    "L'organisation du temps partiel hebdomadaire est réalisée de la manière suivante :",
    'sources/002_3a4ef42e33c15eb3.txt',
    203,
)
_CITE_JOURS_LIBERES_2 = rt.Citation('Il est proposé :', 'sources/002_3a4ef42e33c15eb3.txt', 301)
_CITE_JOURS_LIBERES_3 = rt.Citation(
    "La libération d'une journée de classe par semaine (trois quarts de temps),",
    'sources/002_3a4ef42e33c15eb3.txt',
    303,
)
_CITE_JOURS_LIBERES_4 = rt.Citation(
    'La libération de deux journées de classe par semaine.', 'sources/002_3a4ef42e33c15eb3.txt', 304
)
_CITE_JOURS_LIBERES_5 = rt.Citation(
    (
        'Seules les organisations qui libèrent un nombre entier de journées et des mercredis matin '
        'sont acceptées au plan départemental.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    299,
)
_RULE_JOURS_LIBERES = rt.RuleInfo(
    'jours_libérés',
    'Temps partiel hebdomadaire : jours libérés',
    'information',
    (
        _CITE_JOURS_LIBERES,
        _CITE_JOURS_LIBERES_2,
        _CITE_JOURS_LIBERES_3,
        _CITE_JOURS_LIBERES_4,
        _CITE_JOURS_LIBERES_5,
    ),
    'circulars/temps_partiel_essonne_2025.circ:371',
)
_CITE_RATTRAPAGE_80 = rt.Citation(
    (
        "Une attention particulière doit être portée sur l'organisation liée à un choix "
        "d'activité à 80% pour laquelle l'enseignant effectue un temps de travail à 75% sur "
        "l'année et un complément de 5% correspondant à 7 jours."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    212,
)
_CITE_RATTRAPAGE_80_2 = rt.Citation(
    (
        'Le planning des jours à rattraper est organisé par la circonscription, qui est référente '
        'en matière de jours libérés.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    214,
)
_RULE_RATTRAPAGE_80 = rt.RuleInfo(
    'rattrapage_80',
    'Temps partiel hebdomadaire à 80 % : jours à rattraper',
    'information',
    (_CITE_RATTRAPAGE_80, _CITE_RATTRAPAGE_80_2),
    'circulars/temps_partiel_essonne_2025.circ:380',
)
_CITE_MERCREDI_NEUF_DEMI_JOURNEES = rt.Citation(
    (
        "Dans le cas d'une organisation scolaire sur 9 demi-journées, un mercredi matin sur deux "
        'est également libéré.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    305,
)
_RULE_MERCREDI_NEUF_DEMI_JOURNEES = rt.RuleInfo(
    'mercredi_neuf_demi_journées',
    'Semaine de 9 demi-journées : un mercredi matin sur deux libéré',
    'information',
    (_CITE_MERCREDI_NEUF_DEMI_JOURNEES,),
    'circulars/temps_partiel_essonne_2025.circ:386',
)
_NOTICE_MERCREDI_NEUF_DEMI_JOURNEES = rt.Finding(
    _RULE_MERCREDI_NEUF_DEMI_JOURNEES,
    rt.Outcome.NOTICE,
    'information',
    (
        'Dans une école organisée sur 9 demi-journées, un mercredi matin sur deux est également '
        'libéré.'
    ),
    (),
)
_CITE_PAS_DE_GARANTIE = rt.Citation(
    (
        "L'acceptation d'un temps partiel ne garantit pas le respect de la quotité sollicitée "
        "par l'agent ni le choix du ou des jour(s) travaillé(s)."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    195,
)
_CITE_PAS_DE_GARANTIE_2 = rt.Citation(
    (
        "La directrice académique arrête l'organisation du service au regard des besoins de "
        "celui-ci. En conséquence, les modalités particulières d'exercice (choix des jours "
        'travaillés, quotité du temps partiel...) ne peuvent constituer une condition de la '
        'demande.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    299,
)
_RULE_PAS_DE_GARANTIE = rt.RuleInfo(
    'pas_de_garantie',
    "Quotité et jours travaillés arrêtés par l'administration",
    'information',
    (_CITE_PAS_DE_GARANTIE, _CITE_PAS_DE_GARANTIE_2),
    'circulars/temps_partiel_essonne_2025.circ:391',
)
_NOTICE_PAS_DE_GARANTIE = rt.Finding(
    _RULE_PAS_DE_GARANTIE,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'acceptation d'un temps partiel ne garantit ni la quotité sollicitée ni le choix du ou "
        'des jours travaillés : ces modalités ne peuvent pas constituer une condition de la '
        'demande ; la détermination finale appartient au supérieur hiérarchique, selon les '
        'nécessités de service.'
    ),
    (),
)
_CITE_RENOUVELLEMENT = rt.Citation(
    '2.3 Renouvellement du temps partiel', 'sources/002_3a4ef42e33c15eb3.txt', 231
)
_CITE_RENOUVELLEMENT_2 = rt.Citation(
    (
        'IMPORTANT : Tous les enseignants qui souhaitent renouveler leur temps partiel doivent '
        'formuler une nouvelle demande pour la rentrée prochaine.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    233,
)
_CITE_RENOUVELLEMENT_3 = rt.Citation(
    (
        "Le temps partiel étant accordé par année scolaire, dans le cas d'un renouvellement, il "
        "convient de formuler une demande, même si l'arrêté mentionne que le temps partiel a été "
        'accordé pour une période de trois ans renouvelables par tacite reconduction.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    235,
)
_CITE_RENOUVELLEMENT_4 = rt.Citation(
    (
        'Il importe en effet de disposer de toutes les informations utiles et à jour pour '
        'organiser les services sur postes fractionnés.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    237,
)
_RULE_RENOUVELLEMENT = rt.RuleInfo(
    'renouvellement',
    'Renouvellement : nouvelle demande chaque année',
    'information',
    (_CITE_RENOUVELLEMENT, _CITE_RENOUVELLEMENT_2, _CITE_RENOUVELLEMENT_3, _CITE_RENOUVELLEMENT_4),
    'circulars/temps_partiel_essonne_2025.circ:396',
)
_NOTICE_RENOUVELLEMENT = rt.Finding(
    _RULE_RENOUVELLEMENT,
    rt.Outcome.NOTICE,
    'information',
    (
        'Le temps partiel étant accordé par année scolaire, son renouvellement exige une nouvelle '
        "demande pour la rentrée, même si l'arrêté mentionne une période de trois ans "
        'renouvelable par tacite reconduction.'
    ),
    (),
)
_CITE_SOUS_RESERVE_SERVICE = rt.Citation(
    (
        "L'instituteur ou professeur des écoles à temps partiel nommé à titre définitif demeure "
        'titulaire de son poste.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    261,
)
_CITE_SOUS_RESERVE_SERVICE_2 = rt.Citation(
    (
        'Les temps partiels sur autorisation sont accordés sous réserve de nécessité de la '
        'continuité et du fonctionnement du service public'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    165,
)
_CITE_SOUS_RESERVE_SERVICE_3 = rt.Citation(
    (
        "il pourrait être proposé aux enseignants relevant d'un temps partiel sur autorisation un "
        "changement d'affectation pour l'année 2025/2026"
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    263,
)
_RULE_SOUS_RESERVE_SERVICE = rt.RuleInfo(
    'sous_réserve_service',
    'Temps partiel sur autorisation : sous réserve des nécessités de service',
    'information',
    (_CITE_SOUS_RESERVE_SERVICE, _CITE_SOUS_RESERVE_SERVICE_2, _CITE_SOUS_RESERVE_SERVICE_3),
    'circulars/temps_partiel_essonne_2025.circ:405',
)
_NOTICE_SOUS_RESERVE_SERVICE = rt.Finding(
    _RULE_SOUS_RESERVE_SERVICE,
    rt.Outcome.NOTICE,
    'information',
    (
        'Le temps partiel sur autorisation est accordé sous réserve de la continuité et du '
        'fonctionnement du service ; nommé(e) à titre définitif, vous demeurez titulaire de votre '
        "poste, mais un changement d'affectation pour l'année 2025/2026 peut vous être proposé "
        "afin de compléter les services d'autres enseignants."
    ),
    (),
)
_CITE_ENFANT_MODALITES = rt.Citation(
    'Ce temps partiel peut être attribué au père et à la mère qui en bénéficient conjointement.',
    'sources/002_3a4ef42e33c15eb3.txt',
    135,
)
_CITE_ENFANT_MODALITES_2 = rt.Citation(
    "L'autorisation est prononcée jusqu'au 31 août de l'année scolaire en cours.",
    'sources/002_3a4ef42e33c15eb3.txt',
    137,
)
_CITE_ENFANT_MODALITES_3 = rt.Citation(
    (
        'il est demandé aux enseignants qui prévoient de prendre un temps partiel pour élever un '
        "enfant au cours de l'année 2025/2026 d'en faire la demande dès maintenant"
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    143,
)
_CITE_ENFANT_MODALITES_4 = rt.Citation(
    (
        "Elle représente une aide financière versée par la CAF pour les bénéficiaires d'un temps "
        'partiel pour élever un enfant de moins de 3 ans.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    329,
)
_CITE_ENFANT_MODALITES_5 = rt.Citation(
    'Pour de plus amples renseignements les intéressés sont invités à se rapprocher de leur CAF.',
    'sources/002_3a4ef42e33c15eb3.txt',
    329,
)
_RULE_ENFANT_MODALITES = rt.RuleInfo(
    'enfant_modalités',
    'Temps partiel pour élever un enfant de moins de trois ans',
    'information',
    (
        _CITE_ENFANT_MODALITES,
        _CITE_ENFANT_MODALITES_2,
        _CITE_ENFANT_MODALITES_3,
        _CITE_ENFANT_MODALITES_4,
        _CITE_ENFANT_MODALITES_5,
    ),
    'circulars/temps_partiel_essonne_2025.circ:412',
)
_NOTICE_ENFANT_MODALITES = rt.Finding(
    _RULE_ENFANT_MODALITES,
    rt.Outcome.NOTICE,
    'information',
    (
        "Ce temps partiel peut être attribué conjointement au père et à la mère ; l'autorisation "
        "est prononcée jusqu'au 31 août de l'année scolaire en cours. Il peut ouvrir droit à la "
        "PreParE versée par la CAF. Si vous prévoyez ce temps partiel en cours d'année 2025/2026, "
        'faites la demande dès maintenant.'
    ),
    (),
)
_CITE_SOINS_FIN_DE_DROIT = rt.Citation(
    (
        "Il cesse de plein droit lorsque la santé du conjoint, de l'enfant ou de l'ascendant ne "
        'nécessite plus la présence partielle du fonctionnaire.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    149,
)
_CITE_SOINS_FIN_DE_DROIT_2 = rt.Citation(
    (
        "La prolongation du temps partiel jusqu'au terme de l'année scolaire, en cas de fin de "
        "droit en cours d'année, doit faire l'objet d'une demande de temps partiel sur "
        'autorisation motivée'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    155,
)
_RULE_SOINS_FIN_DE_DROIT = rt.RuleInfo(
    'soins_fin_de_droit',
    'Soins à un proche : fin de plein droit',
    'information',
    (_CITE_SOINS_FIN_DE_DROIT, _CITE_SOINS_FIN_DE_DROIT_2),
    'circulars/temps_partiel_essonne_2025.circ:421',
)
_NOTICE_SOINS_FIN_DE_DROIT = rt.Finding(
    _RULE_SOINS_FIN_DE_DROIT,
    rt.Outcome.NOTICE,
    'information',
    (
        'Ce temps partiel cesse de plein droit lorsque la santé du proche ne nécessite plus votre '
        "présence partielle ; sa prolongation jusqu'à la fin de l'année scolaire exige alors une "
        'demande de temps partiel sur autorisation motivée.'
    ),
    (),
)
_CITE_AFFECTATION_APRES_CONGE = rt.Citation(
    (
        "l'inspecteur de l'Education nationale, en accord avec l'enseignant, peut proposer une "
        "affectation sur un autre poste jusqu'à la fin de l'année scolaire"
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    265,
)
_RULE_AFFECTATION_APRES_CONGE = rt.RuleInfo(
    'affectation_après_congé',
    "Temps partiel de droit en cours d'année après un congé de maternité, d'adoption ou parental",
    'information',
    (_CITE_AFFECTATION_APRES_CONGE,),
    'circulars/temps_partiel_essonne_2025.circ:427',
)
_NOTICE_AFFECTATION_APRES_CONGE = rt.Finding(
    _RULE_AFFECTATION_APRES_CONGE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Si ce temps partiel de droit prend effet en cours d'année à la suite d'un congé de "
        "maternité, d'adoption ou parental, l'IEN peut, en accord avec vous, proposer une "
        "affectation sur un autre poste jusqu'à la fin de l'année scolaire."
    ),
    (),
)
_CITE_RETRAITE_PROGRESSIVE = rt.Citation(
    (
        "Si l'enseignant souhaite solliciter un départ progressif à la retraite il doit formuler "
        'une demande de temps partiel.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    191,
)
_RULE_RETRAITE_PROGRESSIVE = rt.RuleInfo(
    'retraite_progressive',
    'Départ progressif à la retraite',
    'information',
    (_CITE_RETRAITE_PROGRESSIVE,),
    'circulars/temps_partiel_essonne_2025.circ:432',
)
_NOTICE_RETRAITE_PROGRESSIVE = rt.Finding(
    _RULE_RETRAITE_PROGRESSIVE,
    rt.Outcome.NOTICE,
    'information',
    (
        'Pour solliciter un départ progressif à la retraite, vous devez formuler une demande de '
        'temps partiel.'
    ),
    (),
)
_CITE_REMPLACANT = rt.Citation(
    '**Personnels chargés de remplacement**', 'sources/002_3a4ef42e33c15eb3.txt', 277
)
_CITE_REMPLACANT_2 = rt.Citation(
    (
        'Il pourra être demandé aux enseignants remplaçants, en cas de demande de temps partiel, '
        "de changer d'affectation pour la durée du temps partiel."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    279,
)
_CITE_REMPLACANT_3 = rt.Citation(
    'Ils restent titulaires de leur poste remplaçant.', 'sources/002_3a4ef42e33c15eb3.txt', 279
)
_CITE_REMPLACANT_4 = rt.Citation(
    (
        'Conformément à la note de service du MEN n° 2014-135 relative au dispositif de '
        "récupération des heures d'enseignement en dépassement des obligations de service "
        'hebdomadaires, un suivi hebdomadaire individuel des dépassements constatés est mis en '
        'place par le service du remplacement de la DSDEN.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    281,
)
_CITE_REMPLACANT_5 = rt.Citation(
    (
        "Il est possible de récupérer les heures effectuées dès que le nombre d'heures en "
        "dépassement atteignent le nombre d'heures de référence d'une demi-journée, voire d'une "
        'journée de leur école de rattachement.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    281,
)
_RULE_REMPLACANT = rt.RuleInfo(
    'remplaçant',
    'Enseignant chargé de remplacement',
    'information',
    (
        _CITE_REMPLACANT,
        _CITE_REMPLACANT_2,
        _CITE_REMPLACANT_3,
        _CITE_REMPLACANT_4,
        _CITE_REMPLACANT_5,
    ),
    'circulars/temps_partiel_essonne_2025.circ:437',
)
_NOTICE_REMPLACANT = rt.Finding(
    _RULE_REMPLACANT,
    rt.Outcome.NOTICE,
    'information',
    (
        "Il pourra vous être demandé de changer d'affectation pour la durée du temps partiel ; "
        'vous restez titulaire de votre poste de remplaçant. Les heures effectuées en dépassement '
        "sont récupérables dès qu'elles atteignent une demi-journée, voire une journée, de "
        "l'école de rattachement."
    ),
    (),
)
_CITE_SECOND_DEGRE = rt.Citation(
    '**Les enseignants exerçant dans les établissements du 2nd degré**',
    'sources/002_3a4ef42e33c15eb3.txt',
    285,
)
_CITE_SECOND_DEGRE_2 = rt.Citation(
    (
        'La durée du service des enseignants du premier degré exerçant à temps partiel dans les '
        'établissements relevant du second degré, peut être aménagée, de façon à obtenir un nombre '
        "entier d'heures hebdomadaires correspondant à la quotité de temps de travail choisie."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    287,
)
_RULE_SECOND_DEGRE = rt.RuleInfo(
    'second_degré',
    'Enseignant du premier degré exerçant dans un établissement du second degré',
    'information',
    (_CITE_SECOND_DEGRE, _CITE_SECOND_DEGRE_2),
    'circulars/temps_partiel_essonne_2025.circ:446',
)
_NOTICE_SECOND_DEGRE = rt.Finding(
    _RULE_SECOND_DEGRE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Votre durée de service peut être aménagée de façon à obtenir un nombre entier d'heures "
        'hebdomadaires correspondant à la quotité choisie.'
    ),
    (),
)
_CITE_CONSEQUENCES = rt.Citation(
    (
        'Les périodes à temps partiel sont assimilées à des périodes de service à temps plein pour '
        'la détermination des droits à :'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    311,
)
_CITE_CONSEQUENCES_2 = rt.Citation('- La promotion', 'sources/002_3a4ef42e33c15eb3.txt', 314)
_CITE_CONSEQUENCES_3 = rt.Citation('- La formation', 'sources/002_3a4ef42e33c15eb3.txt', 315)
_CITE_CONSEQUENCES_4 = rt.Citation(
    "Le déroulement de carrière est donc identique à celui d'un enseignant à temps complet.",
    'sources/002_3a4ef42e33c15eb3.txt',
    317,
)
_CITE_CONSEQUENCES_5 = rt.Citation(
    'Les enseignants à temps partiel perçoivent :', 'sources/002_3a4ef42e33c15eb3.txt', 323
)
_CITE_CONSEQUENCES_6 = rt.Citation(
    "L'indemnité de résidence au prorata de la quotité de service",
    'sources/002_3a4ef42e33c15eb3.txt',
    325,
)
_CITE_CONSEQUENCES_7 = rt.Citation(
    'Le remboursement partiel des frais de transport,', 'sources/002_3a4ef42e33c15eb3.txt', 326
)
_CITE_CONSEQUENCES_8 = rt.Citation(
    'Le supplément familial de traitement, qui peut être proratisé,',
    'sources/002_3a4ef42e33c15eb3.txt',
    327,
)
_CITE_CONSEQUENCES_9 = rt.Citation(
    (
        "L'indemnité représentative de logement (IRL) en totalité ou le bénéfice d'un logement "
        'de fonction,'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    328,
)
_CITE_CONSEQUENCES_10 = rt.Citation(
    "**Les enseignants en congé de maternité, de paternité ou d'adoption**",
    'sources/002_3a4ef42e33c15eb3.txt',
    289,
)
_CITE_CONSEQUENCES_11 = rt.Citation(
    (
        "Durant les périodes de congé de maternité, de paternité et d'accueil de l'enfant ou "
        "d'adoption, l'autorisation d'exercer à temps partiel est suspendue. L'intéressé(e) "
        'est rémunéré(e) à plein traitement.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    291,
)
_RULE_CONSEQUENCES = rt.RuleInfo(
    'conséquences',
    'Conséquences administratives et financières du temps partiel',
    'information',
    (
        _CITE_CONSEQUENCES,
        _CITE_CONSEQUENCES_2,
        _CITE_CONSEQUENCES_3,
        _CITE_CONSEQUENCES_4,
        _CITE_CONSEQUENCES_5,
        _CITE_CONSEQUENCES_6,
        _CITE_CONSEQUENCES_7,
        _CITE_CONSEQUENCES_8,
        _CITE_CONSEQUENCES_9,
        _CITE_CONSEQUENCES_10,
        _CITE_CONSEQUENCES_11,
    ),
    'circulars/temps_partiel_essonne_2025.circ:452',
)
_NOTICE_CONSEQUENCES = rt.Finding(
    _RULE_CONSEQUENCES,
    rt.Outcome.NOTICE,
    'information',
    (
        "Les périodes à temps partiel comptent comme du temps plein pour l'avancement, la "
        "promotion et la formation. Vous percevez l'indemnité de résidence au prorata, le "
        'remboursement partiel des frais de transport, le supplément familial de traitement (qui '
        "peut être proratisé) et l'IRL en totalité ou un logement de fonction. Pendant un congé "
        "de maternité, de paternité, d'accueil de l'enfant ou d'adoption, le temps partiel est "
        'suspendu et vous êtes rémunéré(e) à plein traitement.'
    ),
    (),
)
_CITE_RETRAITE_AUTORISATION = rt.Citation(
    (
        'Pour la constitution des droits à pension, le temps partiel sur autorisation est '
        "considéré comme une période à temps complet pour l'ouverture du droit à pension et pour "
        "la durée d'assurance (décompte du nombre de trimestres requis pour déterminer l'année "
        "d'ouverture des droits de l'agent)."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    335,
)
_CITE_RETRAITE_AUTORISATION_2 = rt.Citation(
    (
        "Pour la liquidation du droit à pension (somme perçue par l'assuré), le temps partiel est "
        'pris en compte :'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    337,
)
_CITE_RETRAITE_AUTORISATION_3 = rt.Citation(
    'Au prorata de la durée des services effectués à temps partiel',
    'sources/002_3a4ef42e33c15eb3.txt',
    339,
)
_CITE_RETRAITE_AUTORISATION_4 = rt.Citation(
    "Comme une période à temps complet si l'agent a choisi de surcotiser.",
    'sources/002_3a4ef42e33c15eb3.txt',
    340,
)
_RULE_RETRAITE_AUTORISATION = rt.RuleInfo(
    'retraite_autorisation',
    'Retraite : temps partiel sur autorisation',
    'information',
    (
        _CITE_RETRAITE_AUTORISATION,
        _CITE_RETRAITE_AUTORISATION_2,
        _CITE_RETRAITE_AUTORISATION_3,
        _CITE_RETRAITE_AUTORISATION_4,
    ),
    'circulars/temps_partiel_essonne_2025.circ:467',
)
_NOTICE_RETRAITE_AUTORISATION = rt.Finding(
    _RULE_RETRAITE_AUTORISATION,
    rt.Outcome.NOTICE,
    'information',
    (
        "Pour la constitution des droits à pension (ouverture du droit, durée d'assurance), le "
        'temps partiel sur autorisation compte comme une période à temps complet ; pour la '
        'liquidation, il est pris en compte au prorata de la durée des services à temps partiel, '
        'ou comme une période à temps complet si vous choisissez de surcotiser.'
    ),
    (),
)
_CITE_RETRAITE_ENFANT = rt.Citation(
    (
        'les services à temps partiel pour élever un enfant sont pris en compte à temps plein pour '
        'les droits à pension et pour la liquidation dans la limite de 3 ans'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    333,
)
_RULE_RETRAITE_ENFANT = rt.RuleInfo(
    'retraite_enfant',
    'Retraite : temps partiel pour élever un enfant',
    'information',
    (_CITE_RETRAITE_ENFANT,),
    'circulars/temps_partiel_essonne_2025.circ:475',
)
_NOTICE_RETRAITE_ENFANT = rt.Finding(
    _RULE_RETRAITE_ENFANT,
    rt.Outcome.NOTICE,
    'information',
    (
        'Les services à temps partiel pour élever un enfant sont pris en compte à temps plein pour '
        'les droits à pension et pour la liquidation, dans la limite de 3 ans.'
    ),
    (),
)
_CITE_SURCOTISATION_DUREE = rt.Citation(
    'Durée maximale de surcotisation pour atteindre 4 trimestres',
    'sources/002_3a4ef42e33c15eb3.txt',
    369,
)
_CITE_SURCOTISATION_DUREE_2 = rt.Citation(
    (
        'peuvent être pris en compte à temps plein dans la limite de 4 trimestres, à condition de '
        'verser une surcotisation'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    342,
)
_RULE_SURCOTISATION_DUREE = rt.RuleInfo(
    'surcotisation_durée',
    'Surcotisation : durée maximale',
    'avertissement',
    (_CITE_SURCOTISATION_DUREE, _CITE_SURCOTISATION_DUREE_2),
    'circulars/temps_partiel_essonne_2025.circ:480',
)
_CITE_SURCOTISATION_CONDITIONS = rt.Citation(
    (
        'La demande éventuelle de surcotisation doit être faite en même temps que la demande de '
        'temps partiel.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    365,
)
_CITE_SURCOTISATION_CONDITIONS_2 = rt.Citation(
    'Attention le coût supplémentaire induit par la surcotisation est important.',
    'sources/002_3a4ef42e33c15eb3.txt',
    344,
)
_CITE_SURCOTISATION_CONDITIONS_3 = rt.Citation(
    (
        "La surcotisation ne peut pas être arrêtée en cours d'année scolaire, l'option étant "
        'irrévocable.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    354,
)
_CITE_SURCOTISATION_CONDITIONS_4 = rt.Citation(
    (
        "Une demande d'estimation de cette surcotisation peut être effectuée lors de la demande "
        "de temps partiel sur Colibris. Cette estimation permet de confirmer ou d'annuler toute "
        'demande de surcotisation.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    348,
)
_CITE_SURCOTISATION_CONDITIONS_5 = rt.Citation(
    'Le montant peut augmenter en fonction du taux de pension civile.',
    'sources/002_3a4ef42e33c15eb3.txt',
    346,
)
_CITE_SURCOTISATION_CONDITIONS_6 = rt.Citation(
    (
        "Après acceptation de la surcotisation par l'agent, Colibris génère un document "
        "permettant d'identifier l'application d'une surcotisation au temps partiel."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    352,
)
_RULE_SURCOTISATION_CONDITIONS = rt.RuleInfo(
    'surcotisation_conditions',
    'Surcotisation : taux, coût et irrévocabilité',
    'information',
    (
        _CITE_SURCOTISATION_CONDITIONS,
        _CITE_SURCOTISATION_CONDITIONS_2,
        _CITE_SURCOTISATION_CONDITIONS_3,
        _CITE_SURCOTISATION_CONDITIONS_4,
        _CITE_SURCOTISATION_CONDITIONS_5,
        _CITE_SURCOTISATION_CONDITIONS_6,
    ),
    'circulars/temps_partiel_essonne_2025.circ:487',
)
_CITE_SURCOTISATION_HANDICAP = rt.Citation(
    (
        "Pour les fonctionnaires handicapés dont l'incapacité permanente est au moins de 80%, la "
        'durée maximale de surcotisation est portée à 8 trimestres.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    375,
)
_RULE_SURCOTISATION_HANDICAP = rt.RuleInfo(
    'surcotisation_handicap',
    "Surcotisation : incapacité permanente d'au moins 80 %",
    'information',
    (_CITE_SURCOTISATION_HANDICAP,),
    'circulars/temps_partiel_essonne_2025.circ:497',
)
_CITE_PIECES_JOINTES = rt.Citation(
    (
        "Chaque enseignant complète l'ensemble des champs obligatoires du formulaire et joint les "
        'pièces justificatives demandées.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    401,
)
_RULE_PIECES_JOINTES = rt.RuleInfo(
    'pièces_jointes',
    'Pièces obligatoires jointes à la demande',
    'bloquante',
    (_CITE_PIECES_JOINTES, _CITE_COURRIER_EXPLICATIF, _CITE_COURRIER_EXPLICATIF_2),
    'circulars/temps_partiel_essonne_2025.circ:506',
)
_CITE_PREVENANCE_DROIT = rt.Citation(
    'au moins deux mois avant la date de début du temps partiel',
    'sources/002_3a4ef42e33c15eb3.txt',
    389,
)
_CITE_PREVENANCE_DROIT_2 = rt.Citation(
    'la demande doit parvenir à la DSDEN avec un délai de prévenance de deux mois',
    'sources/002_3a4ef42e33c15eb3.txt',
    139,
)
_TP_MOTIF_VALUES_6 = frozenset({'enfant_moins_3_ans', 'prolongation_enfant'})
_CITE_MEDECIN = rt.Citation(
    (
        "Toutes les demandes déposées à ce titre sont soumises à l'avis du médecin de prévention "
        'des personnels.'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    147,
)
_CITE_MEDECIN_2 = rt.Citation(
    (
        'peuvent solliciter un temps partiel de droit, après avis du médecin de prévention des '
        'personnels'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    159,
)
_OPINION_MEDECIN = rt.OpinionInfo(
    'médecin',
    'Avis du médecin de prévention des personnels',
    'obligatoire',
    _SERVICE_MEDECIN_PREVENTION,
    (_CITE_MEDECIN, _CITE_MEDECIN_2),
)
_TP_MOTIF_VALUES_7 = frozenset({'handicap', 'soins_proche'})
_CITE_DEMANDE = rt.Citation(
    (
        'Pour accéder au site « Colibris » chaque enseignant est invité à se connecter via le '
        'portail des applications ARENA ou au travers du lien suivant :'
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    397,
)
_CITE_DEMANDE_2 = rt.Citation(
    (
        "Un accusé réception du dossier est adressé par la plateforme sur l'adresse mail "
        "académique de l'enseignant."
    ),
    'sources/002_3a4ef42e33c15eb3.txt',
    405,
)
_SUBMISSION = rt.SubmissionInfo(
    'Demande de temps partiel en ligne sur Colibris, avec les pièces justificatives',
    (rt.Delivery('en ligne', False, (_SERVICE_DSDEN,)),),
    (
        'https://portail-versailles.colibris.education.gouv.fr/ (ou via le portail des '
        "applications ARENA) ; accusé de réception envoyé sur l'adresse mail académique"
    ),
    (_CITE_ANNEE_SCOLAIRE_DEMANDEE, _CITE_PIECES_JOINTES, _CITE_DEMANDE, _CITE_DEMANDE_2),
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
    # circulars/commun.circ:30
    agent_rqth: bool | None = Field(
        default=None,
        alias='agent.rqth',
        title=(
            "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
            'invalidité »...)'
        ),
    )
    # circulars/commun.circ:34
    agent_fonctions_direction: bool | None = Field(
        default=None,
        alias='agent.fonctions_direction',
        title="L'agent exerce des fonctions de direction",
    )
    # circulars/commun.circ:42
    agent_taux_incapacite_permanente: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None,
        alias='agent.taux_incapacité_permanente',
        title="Taux d'incapacité permanente reconnu à l'agent",
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
    # circulars/commun.circ:114
    demande_quotite: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None, alias='demande.quotité', title='Quotité de service demandée'
    )
    # circulars/temps_partiel_essonne_2025.circ:27
    tp_motif: Literal[
        'enfant_moins_3_ans',
        'soins_proche',
        'handicap',
        'prolongation_enfant',
        'prolongation_soins',
        'création_entreprise',
        'convenances_personnelles',
        'raison_santé',
        'enfant_moins_8_ans',
    ] | None = Field(default=None, alias='tp.motif', title='Motif du temps partiel demandé')
    # circulars/temps_partiel_essonne_2025.circ:44
    tp_nature: Literal['première_demande', 'renouvellement'] | None = Field(
        default=None, alias='tp.nature', title='Nature de la demande'
    )
    # circulars/temps_partiel_essonne_2025.circ:49
    tp_modalite: Literal['hebdomadaire', 'annualisé'] | None = Field(
        default=None, alias='tp.modalité', title="Modalité d'exercice du temps partiel"
    )
    # circulars/temps_partiel_essonne_2025.circ:54
    tp_situation_imprevisible: bool | None = Field(
        default=None,
        alias='tp.situation_imprévisible',
        title='Situation imprévisible justifiant une demande hors délai',
    )
    # circulars/temps_partiel_essonne_2025.circ:56
    tp_retraite_progressive: bool | None = Field(
        default=None,
        alias='tp.retraite_progressive',
        title="L'enseignant sollicite un départ progressif à la retraite",
    )
    # circulars/temps_partiel_essonne_2025.circ:58
    ecole_organisation: Literal['quatre_jours', 'neuf_demi_journées'] | None = Field(
        default=None,
        alias='école.organisation',
        title="Organisation de la semaine scolaire dans l'école d'exercice",
    )
    # circulars/temps_partiel_essonne_2025.circ:63
    affectation_remplacant: bool | None = Field(
        default=None,
        alias='affectation.remplaçant',
        title="L'enseignant est chargé de remplacement",
    )
    # circulars/temps_partiel_essonne_2025.circ:65
    affectation_second_degre: bool | None = Field(
        default=None,
        alias='affectation.second_degré',
        title="L'enseignant exerce dans un établissement relevant du second degré",
    )
    # circulars/temps_partiel_essonne_2025.circ:67
    enfant_date_naissance: datetime.date | None = Field(
        default=None, alias='enfant.date_naissance', title="Date de naissance de l'enfant"
    )
    # circulars/temps_partiel_essonne_2025.circ:69
    enfant_adopte: bool | None = Field(
        default=None, alias='enfant.adopté', title="L'enfant est adopté"
    )
    # circulars/temps_partiel_essonne_2025.circ:71
    enfant_date_arrivee_foyer: datetime.date | None = Field(
        default=None,
        alias='enfant.date_arrivée_foyer',
        title="Date d'arrivée au foyer de l'enfant adopté",
    )
    # circulars/temps_partiel_essonne_2025.circ:73
    accident_travail: bool | None = Field(
        default=None,
        alias='accident_travail',
        title=(
            "L'enseignant est victime d'un accident du travail ayant entraîné une incapacité "
            'permanente'
        ),
    )
    # circulars/temps_partiel_essonne_2025.circ:75
    entreprise_annees_accordees: Annotated[int, Field(ge=0, le=50)] | None = Field(
        default=None,
        alias='entreprise.années_accordées',
        title='Années de temps partiel déjà accordées pour cette même entreprise',
    )
    # circulars/temps_partiel_essonne_2025.circ:77
    entreprise_autre_entreprise: bool | None = Field(
        default=None,
        alias='entreprise.autre_entreprise',
        title=(
            "L'enseignant a déjà bénéficié d'un temps partiel pour créer ou reprendre une autre "
            'entreprise'
        ),
    )
    # circulars/temps_partiel_essonne_2025.circ:79
    entreprise_annees_exclusives: Annotated[int, Field(ge=0, le=50)] | None = Field(
        default=None,
        alias='entreprise.années_exclusives',
        title=(
            "Années d'activité exclusivement consacrées à l'Éducation nationale depuis ce "
            'précédent temps partiel'
        ),
    )
    # circulars/temps_partiel_essonne_2025.circ:81
    surcotisation_demandee: bool | None = Field(
        default=None,
        alias='surcotisation.demandée',
        title="L'enseignant demande à surcotiser pour la retraite",
    )
    # circulars/temps_partiel_essonne_2025.circ:83
    surcotisation_annees_effectuees: Annotated[int, Field(ge=0, le=50)] | None = Field(
        default=None,
        alias='surcotisation.années_effectuées',
        title='Années de surcotisation déjà effectuées',
    )
    # circulars/temps_partiel_essonne_2025.circ:85
    remuneration_traitement_brut: Annotated[Decimal, Field(ge=0, le=100000)] | None = Field(
        default=None,
        alias='rémunération.traitement_brut',
        title='Traitement brut mensuel à temps plein',
    )
    # circulars/temps_partiel_essonne_2025.circ:508
    dossier_pieces_fournies: frozenset[
        Literal[
            'courrier_explicatif',
            'demande_motivée_prolongation',
            'certificat_médical',
            'attestation_soins_proche',
            'demande_cumul',
        ]
    ] | None = Field(
        default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur'
    )

    french_fields: ClassVar[dict[str, str]] = {
        'agent.rqth': 'boolean',
        'agent_rqth': 'boolean',
        'agent.fonctions_direction': 'boolean',
        'agent_fonctions_direction': 'boolean',
        'agent.taux_incapacité_permanente': 'number',
        'agent_taux_incapacite_permanente': 'number',
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'demande.date_début': 'date',
        'demande_date_debut': 'date',
        'demande.quotité': 'number',
        'demande_quotite': 'number',
        'tp.situation_imprévisible': 'boolean',
        'tp_situation_imprevisible': 'boolean',
        'tp.retraite_progressive': 'boolean',
        'tp_retraite_progressive': 'boolean',
        'affectation.remplaçant': 'boolean',
        'affectation_remplacant': 'boolean',
        'affectation.second_degré': 'boolean',
        'affectation_second_degre': 'boolean',
        'enfant.date_naissance': 'date',
        'enfant_date_naissance': 'date',
        'enfant.adopté': 'boolean',
        'enfant_adopte': 'boolean',
        'enfant.date_arrivée_foyer': 'date',
        'enfant_date_arrivee_foyer': 'date',
        'accident_travail': 'boolean',
        'entreprise.années_accordées': 'number',
        'entreprise_annees_accordees': 'number',
        'entreprise.autre_entreprise': 'boolean',
        'entreprise_autre_entreprise': 'boolean',
        'entreprise.années_exclusives': 'number',
        'entreprise_annees_exclusives': 'number',
        'surcotisation.demandée': 'boolean',
        'surcotisation_demandee': 'boolean',
        'surcotisation.années_effectuées': 'number',
        'surcotisation_annees_effectuees': 'number',
        'rémunération.traitement_brut': 'number',
        'remuneration_traitement_brut': 'number',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'agent.taux_incapacité_permanente': 'pourcentage',
        'agent_taux_incapacite_permanente': 'pourcentage',
        'demande.quotité': 'pourcentage',
        'demande_quotite': 'pourcentage',
        'entreprise.années_accordées': 'ans',
        'entreprise_annees_accordees': 'ans',
        'entreprise.années_exclusives': 'ans',
        'entreprise_annees_exclusives': 'ans',
        'surcotisation.années_effectuées': 'ans',
        'surcotisation_annees_effectuees': 'ans',
        'rémunération.traitement_brut': 'euros',
        'remuneration_traitement_brut': 'euros',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_STATUT = rt.plain_reader(Facts, 'agent.statut')
_READ_AGENT_FONCTION = rt.plain_reader(Facts, 'agent.fonction')
_READ_AGENT_DEGRE = rt.plain_reader(Facts, 'agent.degré')
_READ_AGENT_RQTH = rt.plain_reader(Facts, 'agent.rqth')
_READ_AGENT_FONCTIONS_DIRECTION = rt.plain_reader(Facts, 'agent.fonctions_direction')
_READ_AGENT_TAUX_INCAPACITE_PERMANENTE = rt.plain_reader(Facts, 'agent.taux_incapacité_permanente')
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_DEMANDE_DATE_DEBUT = rt.plain_reader(Facts, 'demande.date_début')
_READ_DEMANDE_QUOTITE = rt.plain_reader(Facts, 'demande.quotité')
_READ_TP_MOTIF = rt.plain_reader(Facts, 'tp.motif')
_READ_TP_NATURE = rt.plain_reader(Facts, 'tp.nature')
_READ_TP_MODALITE = rt.plain_reader(Facts, 'tp.modalité')
_READ_TP_SITUATION_IMPREVISIBLE = rt.plain_reader(Facts, 'tp.situation_imprévisible')
_READ_TP_RETRAITE_PROGRESSIVE = rt.plain_reader(Facts, 'tp.retraite_progressive')
_READ_ECOLE_ORGANISATION = rt.plain_reader(Facts, 'école.organisation')
_READ_AFFECTATION_REMPLACANT = rt.plain_reader(Facts, 'affectation.remplaçant')
_READ_AFFECTATION_SECOND_DEGRE = rt.plain_reader(Facts, 'affectation.second_degré')
_READ_ENFANT_DATE_NAISSANCE = rt.plain_reader(Facts, 'enfant.date_naissance')
_READ_ENFANT_ADOPTE = rt.plain_reader(Facts, 'enfant.adopté')
_READ_ENFANT_DATE_ARRIVEE_FOYER = rt.plain_reader(Facts, 'enfant.date_arrivée_foyer')
_READ_ACCIDENT_TRAVAIL = rt.plain_reader(Facts, 'accident_travail')
_READ_ENTREPRISE_ANNEES_ACCORDEES = rt.plain_reader(Facts, 'entreprise.années_accordées')
_READ_ENTREPRISE_AUTRE_ENTREPRISE = rt.plain_reader(Facts, 'entreprise.autre_entreprise')
_READ_ENTREPRISE_ANNEES_EXCLUSIVES = rt.plain_reader(Facts, 'entreprise.années_exclusives')
_READ_SURCOTISATION_DEMANDEE = rt.plain_reader(Facts, 'surcotisation.demandée')
_READ_SURCOTISATION_ANNEES_EFFECTUEES = rt.plain_reader(Facts, 'surcotisation.années_effectuées')
_READ_REMUNERATION_TRAITEMENT_BRUT = rt.plain_reader(Facts, 'rémunération.traitement_brut')
_READ_DOSSIER_PIECES_FOURNIES = rt.plain_reader(Facts, 'dossier.pièces_fournies')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal['titulaire', 'stagiaire', 'contractuel'] | None,
    Literal['enseignement', 'éducation', 'orientation', 'administratif'] | None,
    Literal['premier', 'second'] | None,
    bool | None,
    bool | None,
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    datetime.date | None,
    datetime.date | None,
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    Literal[
        'enfant_moins_3_ans',
        'soins_proche',
        'handicap',
        'prolongation_enfant',
        'prolongation_soins',
        'création_entreprise',
        'convenances_personnelles',
        'raison_santé',
        'enfant_moins_8_ans',
    ] | None,
    Literal['première_demande', 'renouvellement'] | None,
    Literal['hebdomadaire', 'annualisé'] | None,
    bool | None,
    bool | None,
    Literal['quatre_jours', 'neuf_demi_journées'] | None,
    bool | None,
    bool | None,
    datetime.date | None,
    bool | None,
    datetime.date | None,
    bool | None,
    Annotated[int, Field(ge=0, le=50)] | None,
    bool | None,
    Annotated[int, Field(ge=0, le=50)] | None,
    bool | None,
    Annotated[int, Field(ge=0, le=50)] | None,
    Annotated[Decimal, Field(ge=0, le=100000)] | None,
    frozenset[
        Literal[
            'courrier_explicatif',
            'demande_motivée_prolongation',
            'certificat_médical',
            'attestation_soins_proche',
            'demande_cumul',
        ]
    ] | None,
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
            agent_rqth = situation.get('agent.rqth')
            if agent_rqth is not None and type(agent_rqth) is not bool:
                agent_rqth = _READ_AGENT_RQTH(agent_rqth)
            agent_fonctions_direction = situation.get('agent.fonctions_direction')
            if (
                agent_fonctions_direction is not None
                and type(agent_fonctions_direction) is not bool
            ):
                agent_fonctions_direction = (
                    _READ_AGENT_FONCTIONS_DIRECTION(agent_fonctions_direction)
                )
            agent_taux_incapacite_permanente = situation.get('agent.taux_incapacité_permanente')
            if agent_taux_incapacite_permanente is not None:
                agent_taux_incapacite_permanente = (
                    _READ_AGENT_TAUX_INCAPACITE_PERMANENTE(agent_taux_incapacite_permanente)
                )
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            demande_date_debut = situation.get('demande.date_début')
            if demande_date_debut is not None:
                demande_date_debut = _READ_DEMANDE_DATE_DEBUT(demande_date_debut)
            demande_quotite = situation.get('demande.quotité')
            if demande_quotite is not None:
                demande_quotite = _READ_DEMANDE_QUOTITE(demande_quotite)
            tp_motif = situation.get('tp.motif')
            if tp_motif is not None:
                tp_motif = _READ_TP_MOTIF(tp_motif)
            tp_nature = situation.get('tp.nature')
            if tp_nature is not None:
                tp_nature = _READ_TP_NATURE(tp_nature)
            tp_modalite = situation.get('tp.modalité')
            if tp_modalite is not None:
                tp_modalite = _READ_TP_MODALITE(tp_modalite)
            tp_situation_imprevisible = situation.get('tp.situation_imprévisible')
            if (
                tp_situation_imprevisible is not None
                and type(tp_situation_imprevisible) is not bool
            ):
                tp_situation_imprevisible = (
                    _READ_TP_SITUATION_IMPREVISIBLE(tp_situation_imprevisible)
                )
            tp_retraite_progressive = situation.get('tp.retraite_progressive')
            if tp_retraite_progressive is not None and type(tp_retraite_progressive) is not bool:
                tp_retraite_progressive = _READ_TP_RETRAITE_PROGRESSIVE(tp_retraite_progressive)
            ecole_organisation = situation.get('école.organisation')
            if ecole_organisation is not None:
                ecole_organisation = _READ_ECOLE_ORGANISATION(ecole_organisation)
            affectation_remplacant = situation.get('affectation.remplaçant')
            if affectation_remplacant is not None and type(affectation_remplacant) is not bool:
                affectation_remplacant = _READ_AFFECTATION_REMPLACANT(affectation_remplacant)
            affectation_second_degre = situation.get('affectation.second_degré')
            if affectation_second_degre is not None and type(affectation_second_degre) is not bool:
                affectation_second_degre = _READ_AFFECTATION_SECOND_DEGRE(affectation_second_degre)
            enfant_date_naissance = situation.get('enfant.date_naissance')
            if enfant_date_naissance is not None:
                enfant_date_naissance = _READ_ENFANT_DATE_NAISSANCE(enfant_date_naissance)
            enfant_adopte = situation.get('enfant.adopté')
            if enfant_adopte is not None and type(enfant_adopte) is not bool:
                enfant_adopte = _READ_ENFANT_ADOPTE(enfant_adopte)
            enfant_date_arrivee_foyer = situation.get('enfant.date_arrivée_foyer')
            if enfant_date_arrivee_foyer is not None:
                enfant_date_arrivee_foyer = (
                    _READ_ENFANT_DATE_ARRIVEE_FOYER(enfant_date_arrivee_foyer)
                )
            accident_travail = situation.get('accident_travail')
            if accident_travail is not None and type(accident_travail) is not bool:
                accident_travail = _READ_ACCIDENT_TRAVAIL(accident_travail)
            entreprise_annees_accordees = situation.get('entreprise.années_accordées')
            if entreprise_annees_accordees is not None:
                entreprise_annees_accordees = (
                    _READ_ENTREPRISE_ANNEES_ACCORDEES(entreprise_annees_accordees)
                )
            entreprise_autre_entreprise = situation.get('entreprise.autre_entreprise')
            if (
                entreprise_autre_entreprise is not None
                and type(entreprise_autre_entreprise) is not bool
            ):
                entreprise_autre_entreprise = (
                    _READ_ENTREPRISE_AUTRE_ENTREPRISE(entreprise_autre_entreprise)
                )
            entreprise_annees_exclusives = situation.get('entreprise.années_exclusives')
            if entreprise_annees_exclusives is not None:
                entreprise_annees_exclusives = (
                    _READ_ENTREPRISE_ANNEES_EXCLUSIVES(entreprise_annees_exclusives)
                )
            surcotisation_demandee = situation.get('surcotisation.demandée')
            if surcotisation_demandee is not None and type(surcotisation_demandee) is not bool:
                surcotisation_demandee = _READ_SURCOTISATION_DEMANDEE(surcotisation_demandee)
            surcotisation_annees_effectuees = situation.get('surcotisation.années_effectuées')
            if surcotisation_annees_effectuees is not None:
                surcotisation_annees_effectuees = (
                    _READ_SURCOTISATION_ANNEES_EFFECTUEES(surcotisation_annees_effectuees)
                )
            remuneration_traitement_brut = situation.get('rémunération.traitement_brut')
            if remuneration_traitement_brut is not None:
                remuneration_traitement_brut = (
                    _READ_REMUNERATION_TRAITEMENT_BRUT(remuneration_traitement_brut)
                )
            dossier_pieces_fournies = situation.get('dossier.pièces_fournies')
            if dossier_pieces_fournies is not None:
                dossier_pieces_fournies = _READ_DOSSIER_PIECES_FOURNIES(dossier_pieces_fournies)
            return (
                agent_statut,
                agent_fonction,
                agent_degre,
                agent_rqth,
                agent_fonctions_direction,
                agent_taux_incapacite_permanente,
                demande_date_depot,
                demande_date_debut,
                demande_quotite,
                tp_motif,
                tp_nature,
                tp_modalite,
                tp_situation_imprevisible,
                tp_retraite_progressive,
                ecole_organisation,
                affectation_remplacant,
                affectation_second_degre,
                enfant_date_naissance,
                enfant_adopte,
                enfant_date_arrivee_foyer,
                accident_travail,
                entreprise_annees_accordees,
                entreprise_autre_entreprise,
                entreprise_annees_exclusives,
                surcotisation_demandee,
                surcotisation_annees_effectuees,
                remuneration_traitement_brut,
                dossier_pieces_fournies,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_statut,
        facts.agent_fonction,
        facts.agent_degre,
        facts.agent_rqth,
        facts.agent_fonctions_direction,
        facts.agent_taux_incapacite_permanente,
        facts.demande_date_depot,
        facts.demande_date_debut,
        facts.demande_quotite,
        facts.tp_motif,
        facts.tp_nature,
        facts.tp_modalite,
        facts.tp_situation_imprevisible,
        facts.tp_retraite_progressive,
        facts.ecole_organisation,
        facts.affectation_remplacant,
        facts.affectation_second_degre,
        facts.enfant_date_naissance,
        facts.enfant_adopte,
        facts.enfant_date_arrivee_foyer,
        facts.accident_travail,
        facts.entreprise_annees_accordees,
        facts.entreprise_autre_entreprise,
        facts.entreprise_annees_exclusives,
        facts.surcotisation_demandee,
        facts.surcotisation_annees_effectuees,
        facts.remuneration_traitement_brut,
        facts.dossier_pieces_fournies,
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_statut,
        agent_fonction,
        agent_degre,
        agent_rqth,
        agent_fonctions_direction,
        agent_taux_incapacite_permanente,
        demande_date_depot,
        demande_date_debut,
        demande_quotite,
        tp_motif,
        tp_nature,
        tp_modalite,
        tp_situation_imprevisible,
        tp_retraite_progressive,
        ecole_organisation,
        affectation_remplacant,
        affectation_second_degre,
        enfant_date_naissance,
        enfant_adopte,
        enfant_date_arrivee_foyer,
        accident_travail,
        entreprise_annees_accordees,
        entreprise_autre_entreprise,
        entreprise_annees_exclusives,
        surcotisation_demandee,
        surcotisation_annees_effectuees,
        remuneration_traitement_brut,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/temps_partiel_essonne_2025.circ:88 table régime_du_motif
    regime_du_motif_matches = (
        (None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES),
        (None if tp_motif is None else tp_motif not in _TP_MOTIF_VALUES),
    )
    row = rt.lookup(regime_du_motif_matches, _ROWS_REGIME_DU_MOTIF, None, 1)
    regime_du_motif_regime = row[0]
    # circulars/temps_partiel_essonne_2025.circ:151 échéance prévenance_droit
    prevenance_droit = rt.shift_date(demande_date_debut, 2, 'mois', 'avant', 'dernier jour', False)
    # circulars/temps_partiel_essonne_2025.circ:156 échéance trois_ans
    trois_ans = rt.shift_date(enfant_date_naissance, 36, 'mois', 'après', 'dernier jour', False)
    # circulars/temps_partiel_essonne_2025.circ:160 échéance trois_ans_adoption
    trois_ans_adoption = rt.shift_date(
        enfant_date_arrivee_foyer, 36, 'mois', 'après', 'dernier jour', False
    )
    # circulars/temps_partiel_essonne_2025.circ:164 échéance huit_ans
    huit_ans = rt.shift_date(enfant_date_naissance, 96, 'mois', 'après', 'dernier jour', False)
    # circulars/temps_partiel_essonne_2025.circ:175 table organisation_hebdomadaire
    organisation_hebdomadaire_matches = (
        (None if demande_quotite is None else demande_quotite == 80),
        (None if demande_quotite is None else demande_quotite == 75),
        (None if demande_quotite is None else demande_quotite == 50),
    )
    row = rt.lookup(
        organisation_hebdomadaire_matches, _ROWS_ORGANISATION_HEBDOMADAIRE, (None, None), 2
    )
    organisation_hebdomadaire_jours_liberes = row[0]
    organisation_hebdomadaire_jours_a_rattraper = row[1]
    # circulars/temps_partiel_essonne_2025.circ:190 table barème_surcotisation
    bareme_surcotisation_matches = (
        (None if demande_quotite is None else demande_quotite == 80),
        (None if demande_quotite is None else demande_quotite == 50),
    )
    row = rt.lookup(bareme_surcotisation_matches, _ROWS_BAREME_SURCOTISATION, (None, None), 2)
    bareme_surcotisation_taux = row[0]
    bareme_surcotisation_duree_max = row[1]
    # circulars/temps_partiel_essonne_2025.circ:202 table plafond_surcotisation
    plafond_surcotisation_matches = (
        (
            None
            if agent_taux_incapacite_permanente is None
            else agent_taux_incapacite_permanente >= 80
        ),
        (
            None
            if agent_taux_incapacite_permanente is None
            else agent_taux_incapacite_permanente < 80
        ),
    )
    row = rt.lookup(plafond_surcotisation_matches, _ROWS_PLAFOND_SURCOTISATION, None, 1)
    plafond_surcotisation_trimestres = row[0]
    # circulars/temps_partiel_essonne_2025.circ:211 valeur taux_pension_civile
    taux_pension_civile = _DECIMAL_11_10
    # circulars/temps_partiel_essonne_2025.circ:215 valeur cotisation_sans_surcotisation
    cotisation_sans_surcotisation = rt.round_cents(
        rt.percent_of(
            rt.percent_of(remuneration_traitement_brut, demande_quotite), taux_pension_civile
        )
    )
    # circulars/temps_partiel_essonne_2025.circ:219 valeur cotisation_avec_surcotisation
    cotisation_avec_surcotisation = rt.round_cents(
        rt.percent_of(remuneration_traitement_brut, bareme_surcotisation_taux)
    )
    # tested by 3 rules
    shared_1 = rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES_2)
    # tested by 3 rules
    shared_2 = None if tp_motif is None else tp_motif == 'création_entreprise'
    # tested by 2 rules
    shared_3 = (
        None
        if demande_date_depot is None
        else _DATE_2024_12_20 <= demande_date_depot <= _DATE_2025_03_10
    )
    # tested by 2 rules
    shared_4 = rt.and3(
        rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES),
        (None if demande_date_debut is None else demande_date_debut > _DATE_2025_09_01),
    )
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = []
    condition: bool | None = None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_5
    if condition is True:
        checklist.append(_DOC_COURRIER_EXPLICATIF)
    elif condition is None:
        checklist.append(_DOC_COURRIER_EXPLICATIF_IF)
    condition = None if tp_motif is None else tp_motif == 'prolongation_soins'
    if condition is True:
        checklist.append(_DOC_DEMANDE_MOTIVEE_PROLONGATION)
    elif condition is None:
        checklist.append(_DOC_DEMANDE_MOTIVEE_PROLONGATION_IF)
    condition = None if tp_motif is None else tp_motif == 'raison_santé'
    if condition is True:
        checklist.append(_DOC_CERTIFICAT_MEDICAL)
    elif condition is None:
        checklist.append(_DOC_CERTIFICAT_MEDICAL_IF)
    condition = None if tp_motif is None else tp_motif == 'soins_proche'
    if condition is True:
        checklist.append(_DOC_ATTESTATION_SOINS_PROCHE)
    elif condition is None:
        checklist.append(_DOC_ATTESTATION_SOINS_PROCHE_IF)
    condition = None if tp_motif is None else tp_motif == 'création_entreprise'
    if condition is True:
        checklist.append(_DOC_DEMANDE_CUMUL)
    elif condition is None:
        checklist.append(_DOC_DEMANDE_CUMUL_IF)

    # circulars/temps_partiel_essonne_2025.circ:228 règle public_concerné (bloquante)
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
                        'La présente campagne concerne les instituteurs et professeurs des écoles '
                        '(enseignants du premier degré).'
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

    # circulars/temps_partiel_essonne_2025.circ:233 règle stagiaire_exclu (bloquante)
    holds = None if agent_statut is None else agent_statut != 'stagiaire'
    if holds is True:
        satisfied.append('stagiaire_exclu')
    else:
        values = (('agent.statut', agent_statut),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_STAGIAIRE_EXCLU,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "L'octroi du temps partiel ne peut pas être accordé aux professeurs des "
                        'écoles stagiaires.'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_STAGIAIRE_EXCLU,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Temps partiel impossible pour les "
                        'professeurs des écoles stagiaires.'
                    ),
                    values,
                    missing=('agent.statut',),
                )
            )
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:240 règle direction_école (avertissement)
    holds = None if agent_fonctions_direction is None else not agent_fonctions_direction
    if holds is True:
        satisfied.append('direction_école')
    else:
        values = (('agent.fonctions_direction', agent_fonctions_direction),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_DIRECTION_ECOLE,
                    rt.Outcome.VIOLATED,
                    'avertissement',
                    (
                        "Les responsabilités particulières des directeurs et chargés d'école sont "
                        "difficilement compatibles avec l'exercice des fonctions à temps partiel "
                        ': ces responsabilités ne peuvent par nature être partagées.'
                    ),
                    values,
                )
            )
            warned = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DIRECTION_ECOLE,
                    rt.Outcome.UNDECIDED,
                    'avertissement',
                    (
                        "À vérifier, faute d'information : Directeurs et chargés d'école : "
                        'fonctions difficilement compatibles avec le temps partiel.'
                    ),
                    values,
                    missing=('agent.fonctions_direction',),
                )
            )

    # circulars/temps_partiel_essonne_2025.circ:248 règle quotité_droit (bloquante)
    applies: bool | None = rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES)
    if applies is False:
        not_applicable.append('quotité_droit')
    else:
        holds = None if demande_quotite is None else demande_quotite in _DEMANDE_QUOTITE_VALUES
        if holds is True:
            satisfied.append('quotité_droit')
        else:
            values = (('tp.motif', tp_motif), ('demande.quotité', demande_quotite))
            if holds is False and applies is True:
                message = (
                    (
                        'Un temps partiel de droit doit correspondre à une quotité de 50 %, 75 % '
                        'ou 80 % (quotité demandée : '
                    )
                    + rt.fmt(demande_quotite, '%')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_QUOTITE_DROIT, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_QUOTITE_DROIT,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Temps partiel de droit : quotité "
                            'de 50 %, 75 % ou 80 %.'
                        ),
                        values,
                        missing=(
                            rt.unknown()
                            + rt.table_missing(
                                regime_du_motif_matches,
                                ((('tp.motif', tp_motif),), (('tp.motif', tp_motif),)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('demande.quotité',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:254 règle quotité_autorisation (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('quotité_autorisation')
    else:
        holds = None if demande_quotite is None else demande_quotite in _DEMANDE_QUOTITE_VALUES_2
        if holds is True:
            satisfied.append('quotité_autorisation')
        else:
            values = (('tp.motif', tp_motif), ('demande.quotité', demande_quotite))
            if holds is False and applies is True:
                message = (
                    'La quotité de '
                    + rt.fmt(demande_quotite, '%')
                    + (
                        " n'est pas possible pour un temps partiel sur autorisation : seules les "
                        'quotités de 50 % et 75 % le sont, la quotité à 80 % étant réservée aux '
                        'temps partiels de droit. La demande sera classée sans suite.'
                    )
                )
                findings.append(
                    rt.Finding(
                        _RULE_QUOTITE_AUTORISATION,
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
                        _RULE_QUOTITE_AUTORISATION,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Temps partiel sur autorisation : "
                            'quotité de 50 % ou 75 % (80 % réservé au temps partiel de droit).'
                        ),
                        values,
                        missing=(
                            rt.unknown()
                            + rt.table_missing(
                                regime_du_motif_matches,
                                ((('tp.motif', tp_motif),), (('tp.motif', tp_motif),)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('demande.quotité',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:263 règle enfant_moins_trois_ans (bloquante)
    applies = rt.and3(
        (None if tp_motif is None else tp_motif == 'enfant_moins_3_ans'),
        (None if enfant_adopte is None else not enfant_adopte),
    )
    if applies is False:
        not_applicable.append('enfant_moins_trois_ans')
    else:
        holds = (
            None
            if demande_date_debut is None or trois_ans is None
            else demande_date_debut < trois_ans
        )
        if holds is True:
            satisfied.append('enfant_moins_trois_ans')
        else:
            values = (
                ('tp.motif', tp_motif),
                ('enfant.adopté', enfant_adopte),
                ('enfant.date_naissance', enfant_date_naissance),
                ('demande.date_début', demande_date_debut),
            )
            if holds is False and applies is True:
                message = (
                    (
                        "Le temps partiel de droit pour élever un enfant est ouvert jusqu'au "
                        "troisième anniversaire de l'enfant (né le "
                    )
                    + rt.fmt(enfant_date_naissance)
                    + ') : il ne peut pas débuter le '
                    + rt.fmt(demande_date_debut)
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ENFANT_MOINS_TROIS_ANS,
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
                        _RULE_ENFANT_MOINS_TROIS_ANS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Enfant de moins de trois ans : "
                            "jusqu'au troisième anniversaire."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (None if tp_motif is None else tp_motif == 'enfant_moins_3_ans'),
                                rt.unknown(('tp.motif', tp_motif)),
                                (None if enfant_adopte is None else not enfant_adopte),
                                rt.unknown(('enfant.adopté', enfant_adopte)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('enfant.date_naissance', enfant_date_naissance),
                                ('demande.date_début', demande_date_debut),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:269 règle enfant_adopté_trois_ans (bloquante)
    applies = rt.and3(
        (None if tp_motif is None else tp_motif == 'enfant_moins_3_ans'), enfant_adopte
    )
    if applies is False:
        not_applicable.append('enfant_adopté_trois_ans')
    else:
        holds = (
            None
            if demande_date_debut is None or trois_ans_adoption is None
            else demande_date_debut < trois_ans_adoption
        )
        if holds is True:
            satisfied.append('enfant_adopté_trois_ans')
        else:
            values = (
                ('tp.motif', tp_motif),
                ('enfant.adopté', enfant_adopte),
                ('enfant.date_arrivée_foyer', enfant_date_arrivee_foyer),
                ('demande.date_début', demande_date_debut),
            )
            if holds is False and applies is True:
                message = (
                    (
                        "Pour un enfant adopté, le temps partiel de droit est ouvert jusqu'à "
                        "l'expiration d'un délai de trois ans à compter de l'arrivée au foyer "
                        '(le '
                    )
                    + rt.fmt(enfant_date_arrivee_foyer)
                    + ') : il ne peut pas débuter le '
                    + rt.fmt(demande_date_debut)
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ENFANT_ADOPTE_TROIS_ANS,
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
                        _RULE_ENFANT_ADOPTE_TROIS_ANS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Enfant adopté : dans les trois ans "
                            "de l'arrivée au foyer."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (None if tp_motif is None else tp_motif == 'enfant_moins_3_ans'),
                                rt.unknown(('tp.motif', tp_motif)),
                                enfant_adopte,
                                rt.unknown(('enfant.adopté', enfant_adopte)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('enfant.date_arrivée_foyer', enfant_date_arrivee_foyer),
                                ('demande.date_début', demande_date_debut),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:275 règle conditions_handicap (bloquante)
    applies = None if tp_motif is None else tp_motif == 'handicap'
    if applies is False:
        not_applicable.append('conditions_handicap')
    else:
        holds = rt.or3(
            agent_rqth,
            rt.and3(
                accident_travail,
                (
                    None
                    if agent_taux_incapacite_permanente is None
                    else agent_taux_incapacite_permanente >= 10
                ),
            ),
        )
        if holds is True:
            satisfied.append('conditions_handicap')
        else:
            values = (
                ('tp.motif', tp_motif),
                ('agent.rqth', agent_rqth),
                ('accident_travail', accident_travail),
                ('agent.taux_incapacité_permanente', agent_taux_incapacite_permanente),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Le temps partiel de droit au titre du handicap est ouvert aux enseignants '
                        "bénéficiant de la RQTH ou victimes d'un accident du travail ayant "
                        'entraîné une incapacité permanente au moins égale à 10 % (taux indiqué : '
                    )
                    + rt.fmt(agent_taux_incapacite_permanente, '%')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_CONDITIONS_HANDICAP, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CONDITIONS_HANDICAP,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Enseignant en situation de "
                            "handicap : RQTH ou incapacité permanente d'au moins 10 % après "
                            'accident du travail.'
                        ),
                        values,
                        missing=(('tp.motif',) if applies is None else ())
                        + (
                            rt.missing_or(
                                agent_rqth,
                                rt.unknown(('agent.rqth', agent_rqth)),
                                rt.and3(
                                    accident_travail,
                                    (
                                        None
                                        if agent_taux_incapacite_permanente is None
                                        else agent_taux_incapacite_permanente >= 10
                                    ),
                                ),
                                rt.missing_and(
                                    accident_travail,
                                    rt.unknown(('accident_travail', accident_travail)),
                                    (
                                        None
                                        if agent_taux_incapacite_permanente is None
                                        else agent_taux_incapacite_permanente >= 10
                                    ),
                                    rt.unknown(
                                        (
                                            'agent.taux_incapacité_permanente',
                                            agent_taux_incapacite_permanente,
                                        )
                                    ),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:282 règle prolongation_enfant_trois_ans (bloquante)
    applies = None if tp_motif is None else tp_motif == 'prolongation_enfant'
    if applies is False:
        not_applicable.append('prolongation_enfant_trois_ans')
    else:
        holds = rt.not3(None if trois_ans is None else trois_ans > _DATE_2026_08_31)
        if holds is True:
            satisfied.append('prolongation_enfant_trois_ans')
        else:
            values = (('tp.motif', tp_motif), ('enfant.date_naissance', enfant_date_naissance))
            if holds is False and applies is True:
                message = (
                    (
                        "La prolongation en temps partiel sur autorisation jusqu'à la fin de "
                        "l'année scolaire n'est possible que si l'enfant (né le "
                    )
                    + rt.fmt(enfant_date_naissance)
                    + ") atteint trois ans au cours de l'année scolaire 2025-2026."
                )
                findings.append(
                    rt.Finding(
                        _RULE_PROLONGATION_ENFANT_TROIS_ANS,
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
                        _RULE_PROLONGATION_ENFANT_TROIS_ANS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Prolongation : l'enfant atteint "
                            "trois ans au cours de l'année scolaire."
                        ),
                        values,
                        missing=(('tp.motif',) if applies is None else ())
                        + (
                            rt.unknown(('enfant.date_naissance', enfant_date_naissance))
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:288 règle enfant_moins_huit_ans (bloquante)
    applies = None if tp_motif is None else tp_motif == 'enfant_moins_8_ans'
    if applies is False:
        not_applicable.append('enfant_moins_huit_ans')
    else:
        holds = (
            None
            if demande_date_debut is None or huit_ans is None
            else demande_date_debut < huit_ans
        )
        if holds is True:
            satisfied.append('enfant_moins_huit_ans')
        else:
            values = (
                ('tp.motif', tp_motif),
                ('enfant.date_naissance', enfant_date_naissance),
                ('demande.date_début', demande_date_debut),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Ce temps partiel sur autorisation est destiné à élever un enfant de moins '
                        "de huit ans : l'enfant né le "
                    )
                    + rt.fmt(enfant_date_naissance)
                    + ' aura huit ans avant le '
                    + rt.fmt(demande_date_debut)
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ENFANT_MOINS_HUIT_ANS,
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
                        _RULE_ENFANT_MOINS_HUIT_ANS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : Enfant de moins de huit ans.",
                        values,
                        missing=(('tp.motif',) if applies is None else ())
                        + (
                            rt.unknown(
                                ('enfant.date_naissance', enfant_date_naissance),
                                ('demande.date_début', demande_date_debut),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:294 règle entreprise_quotité (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('entreprise_quotité')
    else:
        holds = None if demande_quotite is None else demande_quotite >= 50
        if holds is True:
            satisfied.append('entreprise_quotité')
        else:
            values = (('tp.motif', tp_motif), ('demande.quotité', demande_quotite))
            if holds is False and applies is True:
                message = (
                    (
                        'Pour créer ou reprendre une entreprise, la quotité de service ne peut pas '
                        'être inférieure à 50 % (quotité demandée : '
                    )
                    + rt.fmt(demande_quotite, '%')
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ENTREPRISE_QUOTITE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_ENTREPRISE_QUOTITE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Création ou reprise d'entreprise "
                            ": quotité d'au moins 50 %."
                        ),
                        values,
                        missing=(('tp.motif',) if applies is None else ())
                        + (('demande.quotité',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:300 règle entreprise_trois_ans (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('entreprise_trois_ans')
    else:
        holds = None if entreprise_annees_accordees is None else entreprise_annees_accordees < 3
        if holds is True:
            satisfied.append('entreprise_trois_ans')
        else:
            values = (
                ('tp.motif', tp_motif), ('entreprise.années_accordées', entreprise_annees_accordees)
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Pour une même entreprise, la durée du temps partiel est de trois ans '
                        'maximum : '
                    )
                    + rt.fmt(entreprise_annees_accordees, 'an(s)')
                    + ' ont déjà été accordés.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ENTREPRISE_TROIS_ANS,
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
                        _RULE_ENTREPRISE_TROIS_ANS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Création ou reprise d'entreprise "
                            ': trois ans maximum pour une même entreprise.'
                        ),
                        values,
                        missing=(('tp.motif',) if applies is None else ())
                        + (('entreprise.années_accordées',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:306 règle entreprise_nouvelle (bloquante)
    applies = rt.and3(
        (None if tp_motif is None else tp_motif == 'création_entreprise'),
        entreprise_autre_entreprise,
    )
    if applies is False:
        not_applicable.append('entreprise_nouvelle')
    else:
        holds = None if entreprise_annees_exclusives is None else entreprise_annees_exclusives >= 3
        if holds is True:
            satisfied.append('entreprise_nouvelle')
        else:
            values = (
                ('tp.motif', tp_motif),
                ('entreprise.autre_entreprise', entreprise_autre_entreprise),
                ('entreprise.années_exclusives', entreprise_annees_exclusives),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Avant un nouveau temps partiel pour créer ou reprendre une nouvelle '
                        "entreprise, l'enseignant doit avoir exclusivement consacré son activité "
                        "à l'Éducation nationale pendant 3 ans ("
                    )
                    + rt.fmt(entreprise_annees_exclusives, 'an(s)')
                    + ' indiqués).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ENTREPRISE_NOUVELLE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_ENTREPRISE_NOUVELLE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Nouvelle entreprise : trois ans "
                            "d'activité exclusive à l'Éducation nationale."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (None if tp_motif is None else tp_motif == 'création_entreprise'),
                                rt.unknown(('tp.motif', tp_motif)),
                                entreprise_autre_entreprise,
                                rt.unknown(
                                    ('entreprise.autre_entreprise', entreprise_autre_entreprise)
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (('entreprise.années_exclusives',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:312 règle entreprise_cumul (information)
    applies = shared_2
    if applies is True:
        findings.append(_NOTICE_ENTREPRISE_CUMUL)
    elif applies is False:
        not_applicable.append('entreprise_cumul')

    # circulars/temps_partiel_essonne_2025.circ:319 règle année_scolaire_demandée (bloquante)
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
                    '31/08/2026) : la date de début indiquée ('
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
                        "À vérifier, faute d'information : Temps partiel au titre de l'année "
                        'scolaire 2025-2026.'
                    ),
                    values,
                    missing=rt.unknown(('demande.date_début', demande_date_debut)),
                )
            )
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:324 règle délai_autorisation (bloquante)
    applies = rt.and3(
        rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES_2),
        (None if tp_motif is None else tp_motif not in _TP_MOTIF_VALUES_2),
    )
    if applies is False:
        not_applicable.append('délai_autorisation')
    else:
        holds = shared_3
        if holds is True:
            satisfied.append('délai_autorisation')
        else:
            values = (
                ('tp.motif', tp_motif),
                ('demande.date_dépôt', demande_date_depot),
                ('tp.situation_imprévisible', tp_situation_imprevisible),
            )
            if holds is False and applies is True:
                resolved = rt.exception_outcome(
                    _RULE_DELAI_AUTORISATION,
                    (
                        (
                            tp_situation_imprevisible,
                            'avertissement',
                            'sauf si tp.situation_imprévisible',
                        ),
                    ),
                )
                if resolved is not None and resolved[0] == 'indéterminée':
                    findings.append(
                        rt.Finding(
                            _RULE_DELAI_AUTORISATION,
                            rt.Outcome.UNDECIDED,
                            'bloquante',
                            (
                                "À vérifier, faute d'information : Temps partiel sur autorisation "
                                ': demande saisie pendant la campagne.'
                            ),
                            values,
                            missing=rt.unknown(
                                ('tp.situation_imprévisible', tp_situation_imprevisible)
                            ),
                        )
                    )
                    undecided = True
                else:
                    message = (
                        'La demande de temps partiel sur autorisation déposée le '
                        + rt.fmt(demande_date_depot)
                        + (
                            ' est hors délai (campagne du 20 décembre 2024 au 10 mars 2025 inclus) '
                            ': elle ne pourra pas être prise en compte, sauf situation '
                            "imprévisible soumise à l'appréciation de l'IA-DASEN."
                        )
                    )
                    if resolved is None:
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_AUTORISATION,
                                rt.Outcome.VIOLATED,
                                'bloquante',
                                message,
                                values,
                            )
                        )
                        refused = True
                    elif resolved[0] == 'conflit':
                        findings.append(
                            rt.Finding(
                                _RULE_DELAI_AUTORISATION,
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
                                _RULE_DELAI_AUTORISATION,
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
                                _RULE_DELAI_AUTORISATION,
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
                        _RULE_DELAI_AUTORISATION,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Temps partiel sur autorisation : "
                            'demande saisie pendant la campagne.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES_2),
                                rt.unknown()
                                + rt.table_missing(
                                    regime_du_motif_matches,
                                    ((('tp.motif', tp_motif),), (('tp.motif', tp_motif),)),
                                ),
                                (None if tp_motif is None else tp_motif not in _TP_MOTIF_VALUES_2),
                                rt.unknown(('tp.motif', tp_motif)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(('demande.date_dépôt', demande_date_depot))
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:333 règle campagne_droit_rentrée (bloquante)
    applies = rt.and3(
        rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES),
        (None if demande_date_debut is None else demande_date_debut == _DATE_2025_09_01),
    )
    if applies is False:
        not_applicable.append('campagne_droit_rentrée')
    else:
        holds = shared_3
        if holds is True:
            satisfied.append('campagne_droit_rentrée')
        else:
            values = (
                ('tp.motif', tp_motif),
                ('demande.date_début', demande_date_debut),
                ('demande.date_dépôt', demande_date_depot),
            )
            if holds is False and applies is True:
                resolved = rt.exception_outcome(
                    _RULE_CAMPAGNE_DROIT_RENTREE,
                    (
                        (
                            (
                                None
                                if demande_date_depot is None or prevenance_droit is None
                                else demande_date_depot <= prevenance_droit
                            ),
                            'avertissement',
                            'sauf si demande.date_dépôt respecte prévenance_droit',
                        ),
                    ),
                )
                if resolved is not None and resolved[0] == 'indéterminée':
                    findings.append(
                        rt.Finding(
                            _RULE_CAMPAGNE_DROIT_RENTREE,
                            rt.Outcome.UNDECIDED,
                            'bloquante',
                            (
                                "À vérifier, faute d'information : Temps partiel de droit à la "
                                'rentrée 2025 : demande saisie pendant la campagne.'
                            ),
                            values,
                            missing=rt.unknown(
                                ('demande.date_début', demande_date_debut),
                                ('demande.date_dépôt', demande_date_depot),
                            ),
                        )
                    )
                    undecided = True
                else:
                    message = (
                        (
                            'Les demandes de temps partiel pour la rentrée scolaire 2025 doivent '
                            'être saisies sur Colibris du 20 décembre 2024 au 10 mars 2025 inclus '
                            '(demande déposée le '
                        )
                        + rt.fmt(demande_date_depot)
                        + (
                            ') ; au-delà, une demande de droit doit au moins respecter le délai de '
                            'prévenance de deux mois.'
                        )
                    )
                    if resolved is None:
                        findings.append(
                            rt.Finding(
                                _RULE_CAMPAGNE_DROIT_RENTREE,
                                rt.Outcome.VIOLATED,
                                'bloquante',
                                message,
                                values,
                            )
                        )
                        refused = True
                    elif resolved[0] == 'conflit':
                        findings.append(
                            rt.Finding(
                                _RULE_CAMPAGNE_DROIT_RENTREE,
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
                                _RULE_CAMPAGNE_DROIT_RENTREE,
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
                                _RULE_CAMPAGNE_DROIT_RENTREE,
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
                        _RULE_CAMPAGNE_DROIT_RENTREE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Temps partiel de droit à la "
                            'rentrée 2025 : demande saisie pendant la campagne.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES),
                                rt.unknown()
                                + rt.table_missing(
                                    regime_du_motif_matches,
                                    ((('tp.motif', tp_motif),), (('tp.motif', tp_motif),)),
                                ),
                                (
                                    None
                                    if demande_date_debut is None
                                    else demande_date_debut == _DATE_2025_09_01
                                ),
                                rt.unknown(('demande.date_début', demande_date_debut)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(('demande.date_dépôt', demande_date_depot))
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:341 règle prévenance_en_cours_année (bloquante)
    applies = shared_4
    if applies is False:
        not_applicable.append('prévenance_en_cours_année')
    else:
        holds = (
            None
            if demande_date_depot is None or prevenance_droit is None
            else demande_date_depot <= prevenance_droit
        )
        if holds is True:
            satisfied.append('prévenance_en_cours_année')
        else:
            values = (
                ('tp.motif', tp_motif),
                ('demande.date_début', demande_date_debut),
                ('demande.date_dépôt', demande_date_depot),
            )
            if holds is False and applies is True:
                message = (
                    (
                        "Une demande de temps partiel de droit en cours d'année doit être "
                        'formulée sur Colibris au moins deux mois avant la date de début du temps '
                        'partiel ('
                    )
                    + rt.fmt(demande_date_debut)
                    + ') : déposée le '
                    + rt.fmt(demande_date_depot)
                    + ', elle est tardive.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PREVENANCE_EN_COURS_ANNEE,
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
                        _RULE_PREVENANCE_EN_COURS_ANNEE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Temps partiel de droit en cours "
                            "d'année : demande deux mois avant le début."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES),
                                rt.unknown()
                                + rt.table_missing(
                                    regime_du_motif_matches,
                                    ((('tp.motif', tp_motif),), (('tp.motif', tp_motif),)),
                                ),
                                (
                                    None
                                    if demande_date_debut is None
                                    else demande_date_debut > _DATE_2025_09_01
                                ),
                                rt.unknown(('demande.date_début', demande_date_debut)),
                            )
                            if applies is None
                            else ()
                        )
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

    # circulars/temps_partiel_essonne_2025.circ:350 règle annualisé_rentrée (bloquante)
    applies = None if tp_modalite is None else tp_modalite == 'annualisé'
    if applies is False:
        not_applicable.append('annualisé_rentrée')
    else:
        holds = None if demande_date_debut is None else demande_date_debut == _DATE_2025_09_01
        if holds is True:
            satisfied.append('annualisé_rentrée')
        else:
            values = (('tp.modalité', tp_modalite), ('demande.date_début', demande_date_debut))
            if holds is False and applies is True:
                message = (
                    (
                        'Le temps partiel annualisé prend effet le 1er septembre et est accordé '
                        "pour l'année scolaire : il ne peut pas débuter le "
                    )
                    + rt.fmt(demande_date_debut)
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_ANNUALISE_RENTREE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_ANNUALISE_RENTREE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Temps partiel annualisé : effet au "
                            "1er septembre, pour l'année scolaire."
                        ),
                        values,
                        missing=(('tp.modalité',) if applies is None else ())
                        + (('demande.date_début',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/temps_partiel_essonne_2025.circ:358 règle annualisé_périodes (information)
    applies = rt.and3(
        (None if tp_modalite is None else tp_modalite == 'annualisé'),
        (None if demande_quotite is None else demande_quotite == 50),
    )
    if applies is True:
        findings.append(_NOTICE_ANNUALISE_PERIODES)
    elif applies is False:
        not_applicable.append('annualisé_périodes')

    # circulars/temps_partiel_essonne_2025.circ:365 règle annualisé_autres_quotités (information)
    applies = rt.and3(
        (None if tp_modalite is None else tp_modalite == 'annualisé'),
        (None if demande_quotite is None else demande_quotite != 50),
    )
    if applies is True:
        findings.append(_NOTICE_ANNUALISE_AUTRES_QUOTITES)
    elif applies is False:
        not_applicable.append('annualisé_autres_quotités')

    # circulars/temps_partiel_essonne_2025.circ:371 règle jours_libérés (information)
    applies = rt.and3(
        (None if tp_modalite is None else tp_modalite == 'hebdomadaire'),
        (None if demande_quotite is None else demande_quotite in _DEMANDE_QUOTITE_VALUES),
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_JOURS_LIBERES,
                rt.Outcome.NOTICE,
                'information',
                'À '
                + rt.fmt(demande_quotite, '%')
                + ' en temps partiel hebdomadaire, '
                + rt.fmt(organisation_hebdomadaire_jours_liberes, 'jour(s)')
                + (
                    ' libéré(s) par semaine. Seules les organisations qui libèrent un nombre '
                    'entier de journées et des mercredis matin sont acceptées dans le département.'
                ),
                (),
            )
        )
    elif applies is False:
        not_applicable.append('jours_libérés')

    # circulars/temps_partiel_essonne_2025.circ:380 règle rattrapage_80 (information)
    applies = rt.and3(
        (None if tp_modalite is None else tp_modalite == 'hebdomadaire'),
        (None if demande_quotite is None else demande_quotite == 80),
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_RATTRAPAGE_80,
                rt.Outcome.NOTICE,
                'information',
                (
                    "À 80 %, vous travaillez à 75 % sur l'année (1 jour libéré par semaine) plus "
                    'un complément de 5 % correspondant à '
                )
                + rt.fmt(organisation_hebdomadaire_jours_a_rattraper, 'jour(s)')
                + " à rattraper dans l'année, selon un planning organisé par la circonscription.",
                (),
            )
        )
    elif applies is False:
        not_applicable.append('rattrapage_80')

    # circulars/temps_partiel_essonne_2025.circ:386 règle mercredi_neuf_demi_journées (information)
    applies = rt.and3(
        (None if tp_modalite is None else tp_modalite == 'hebdomadaire'),
        (None if ecole_organisation is None else ecole_organisation == 'neuf_demi_journées'),
    )
    if applies is True:
        findings.append(_NOTICE_MERCREDI_NEUF_DEMI_JOURNEES)
    elif applies is False:
        not_applicable.append('mercredi_neuf_demi_journées')

    # circulars/temps_partiel_essonne_2025.circ:391 règle pas_de_garantie (information)
    findings.append(_NOTICE_PAS_DE_GARANTIE)

    # circulars/temps_partiel_essonne_2025.circ:396 règle renouvellement (information)
    applies = None if tp_nature is None else tp_nature == 'renouvellement'
    if applies is True:
        findings.append(_NOTICE_RENOUVELLEMENT)
    elif applies is False:
        not_applicable.append('renouvellement')

    # circulars/temps_partiel_essonne_2025.circ:405 règle sous_réserve_service (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_SOUS_RESERVE_SERVICE)
    elif applies is False:
        not_applicable.append('sous_réserve_service')

    # circulars/temps_partiel_essonne_2025.circ:412 règle enfant_modalités (information)
    applies = None if tp_motif is None else tp_motif == 'enfant_moins_3_ans'
    if applies is True:
        findings.append(_NOTICE_ENFANT_MODALITES)
    elif applies is False:
        not_applicable.append('enfant_modalités')

    # circulars/temps_partiel_essonne_2025.circ:421 règle soins_fin_de_droit (information)
    applies = None if tp_motif is None else tp_motif == 'soins_proche'
    if applies is True:
        findings.append(_NOTICE_SOINS_FIN_DE_DROIT)
    elif applies is False:
        not_applicable.append('soins_fin_de_droit')

    # circulars/temps_partiel_essonne_2025.circ:427 règle affectation_après_congé (information)
    applies = shared_4
    if applies is True:
        findings.append(_NOTICE_AFFECTATION_APRES_CONGE)
    elif applies is False:
        not_applicable.append('affectation_après_congé')

    # circulars/temps_partiel_essonne_2025.circ:432 règle retraite_progressive (information)
    applies = tp_retraite_progressive
    if applies is True:
        findings.append(_NOTICE_RETRAITE_PROGRESSIVE)
    elif applies is False:
        not_applicable.append('retraite_progressive')

    # circulars/temps_partiel_essonne_2025.circ:437 règle remplaçant (information)
    applies = affectation_remplacant
    if applies is True:
        findings.append(_NOTICE_REMPLACANT)
    elif applies is False:
        not_applicable.append('remplaçant')

    # circulars/temps_partiel_essonne_2025.circ:446 règle second_degré (information)
    applies = affectation_second_degre
    if applies is True:
        findings.append(_NOTICE_SECOND_DEGRE)
    elif applies is False:
        not_applicable.append('second_degré')

    # circulars/temps_partiel_essonne_2025.circ:452 règle conséquences (information)
    findings.append(_NOTICE_CONSEQUENCES)

    # circulars/temps_partiel_essonne_2025.circ:467 règle retraite_autorisation (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_RETRAITE_AUTORISATION)
    elif applies is False:
        not_applicable.append('retraite_autorisation')

    # circulars/temps_partiel_essonne_2025.circ:475 règle retraite_enfant (information)
    applies = None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_3
    if applies is True:
        findings.append(_NOTICE_RETRAITE_ENFANT)
    elif applies is False:
        not_applicable.append('retraite_enfant')

    # circulars/temps_partiel_essonne_2025.circ:480 règle surcotisation_durée (avertissement)
    applies = rt.all3(
        surcotisation_demandee,
        (None if demande_quotite is None else demande_quotite in _DEMANDE_QUOTITE_VALUES_3),
        (
            None
            if agent_taux_incapacite_permanente is None
            else agent_taux_incapacite_permanente < 80
        ),
    )
    if applies is False:
        not_applicable.append('surcotisation_durée')
    else:
        holds = rt.lt(surcotisation_annees_effectuees, bareme_surcotisation_duree_max)
        if holds is True:
            satisfied.append('surcotisation_durée')
        else:
            values = (
                ('surcotisation.demandée', surcotisation_demandee),
                ('demande.quotité', demande_quotite),
                ('agent.taux_incapacité_permanente', agent_taux_incapacite_permanente),
                ('surcotisation.années_effectuées', surcotisation_annees_effectuees),
            )
            if holds is False and applies is True:
                message = (
                    'À '
                    + rt.fmt(demande_quotite, '%')
                    + ', la durée maximale de surcotisation (pour atteindre 4 trimestres) est de '
                    + rt.fmt(bareme_surcotisation_duree_max, 'an(s)')
                    + ' : '
                    + rt.fmt(surcotisation_annees_effectuees, 'an(s)')
                    + ' de surcotisation ont déjà été effectués.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_SURCOTISATION_DUREE,
                        rt.Outcome.VIOLATED,
                        'avertissement',
                        message,
                        values,
                    )
                )
                warned = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_SURCOTISATION_DUREE,
                        rt.Outcome.UNDECIDED,
                        'avertissement',
                        "À vérifier, faute d'information : Surcotisation : durée maximale.",
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    surcotisation_demandee,
                                    rt.unknown(('surcotisation.demandée', surcotisation_demandee)),
                                ),
                                (
                                    (
                                        None
                                        if demande_quotite is None
                                        else demande_quotite in _DEMANDE_QUOTITE_VALUES_3
                                    ),
                                    rt.unknown(('demande.quotité', demande_quotite)),
                                ),
                                (
                                    (
                                        None
                                        if agent_taux_incapacite_permanente is None
                                        else agent_taux_incapacite_permanente < 80
                                    ),
                                    rt.unknown(
                                        (
                                            'agent.taux_incapacité_permanente',
                                            agent_taux_incapacite_permanente,
                                        )
                                    ),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('surcotisation.années_effectuées', surcotisation_annees_effectuees)
                            )
                            + rt.table_missing(
                                bareme_surcotisation_matches,
                                (
                                    (('demande.quotité', demande_quotite),),
                                    (('demande.quotité', demande_quotite),),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )

    # circulars/temps_partiel_essonne_2025.circ:487 règle surcotisation_conditions (information)
    applies = surcotisation_demandee
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_SURCOTISATION_CONDITIONS,
                rt.Outcome.NOTICE,
                'information',
                (
                    'La surcotisation se demande en même temps que le temps partiel ; le coût est '
                    'important (à '
                )
                + rt.fmt(demande_quotite, '%')
                + ' : taux de '
                + rt.fmt(bareme_surcotisation_taux, '%')
                + ' sur le traitement à temps plein, soit '
                + rt.fmt(cotisation_avec_surcotisation, '€')
                + ' par mois au lieu de '
                + rt.fmt(cotisation_sans_surcotisation, '€')
                + ') ; elle permet de prendre en compte à temps plein au plus '
                + rt.fmt(plafond_surcotisation_trimestres)
                + (
                    " trimestres, et ne peut pas être arrêtée en cours d'année scolaire, "
                    "l'option étant irrévocable. Une estimation peut être demandée sur Colibris."
                ),
                (),
            )
        )
    elif applies is False:
        not_applicable.append('surcotisation_conditions')

    # circulars/temps_partiel_essonne_2025.circ:497 règle surcotisation_handicap (information)
    applies = rt.and3(
        surcotisation_demandee,
        (
            None
            if agent_taux_incapacite_permanente is None
            else agent_taux_incapacite_permanente >= 80
        ),
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_SURCOTISATION_HANDICAP,
                rt.Outcome.NOTICE,
                'information',
                "Votre incapacité permanente étant d'au moins 80 % ("
                + rt.fmt(agent_taux_incapacite_permanente, '%')
                + '), la durée maximale de surcotisation est portée à '
                + rt.fmt(plafond_surcotisation_trimestres)
                + ' trimestres.',
                (),
            )
        )
    elif applies is False:
        not_applicable.append('surcotisation_handicap')

    # circulars/temps_partiel_essonne_2025.circ:506 règle pièces_jointes (bloquante)
    applies = None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_4
    if applies is False:
        not_applicable.append('pièces_jointes')
    else:
        holds = rt.all_provided(
            dossier_pieces_fournies,
            (
                (
                    (None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_5),
                    'courrier_explicatif',
                    'Courrier explicatif motivant la demande',
                ),
                (
                    (None if tp_motif is None else tp_motif == 'prolongation_soins'),
                    'demande_motivée_prolongation',
                    (
                        "Demande motivée de prolongation du temps partiel jusqu'au terme de "
                        "l'année scolaire"
                    ),
                ),
                (
                    (None if tp_motif is None else tp_motif == 'raison_santé'),
                    'certificat_médical',
                    'Certificat médical',
                ),
                (
                    (None if tp_motif is None else tp_motif == 'soins_proche'),
                    'attestation_soins_proche',
                    (
                        'Annexe 3 « Attestation médicale - Temps partiel de droit pour donner des '
                        'soins à un proche »'
                    ),
                ),
                (
                    (None if tp_motif is None else tp_motif == 'création_entreprise'),
                    'demande_cumul',
                    "Demande d'autorisation de cumul d'activités",
                ),
            ),
        )
        if holds is True:
            satisfied.append('pièces_jointes')
        else:
            values = (('tp.motif', tp_motif), ('dossier.pièces_fournies', dossier_pieces_fournies))
            if holds is False and applies is True:
                message = (
                    (
                        'La demande doit être accompagnée des pièces justificatives que la '
                        'circulaire rend obligatoires pour ce motif : il manque '
                    )
                    + rt.fmt(
                        rt.missing_documents(
                            dossier_pieces_fournies,
                            (
                                (
                                    (None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_5),
                                    'courrier_explicatif',
                                    'Courrier explicatif motivant la demande',
                                ),
                                (
                                    (
                                        None
                                        if tp_motif is None
                                        else tp_motif == 'prolongation_soins'
                                    ),
                                    'demande_motivée_prolongation',
                                    (
                                        'Demande motivée de prolongation du temps partiel '
                                        "jusqu'au terme de l'année scolaire"
                                    ),
                                ),
                                (
                                    (None if tp_motif is None else tp_motif == 'raison_santé'),
                                    'certificat_médical',
                                    'Certificat médical',
                                ),
                                (
                                    (None if tp_motif is None else tp_motif == 'soins_proche'),
                                    'attestation_soins_proche',
                                    (
                                        'Annexe 3 « Attestation médicale - Temps partiel de droit '
                                        'pour donner des soins à un proche »'
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if tp_motif is None
                                        else tp_motif == 'création_entreprise'
                                    ),
                                    'demande_cumul',
                                    "Demande d'autorisation de cumul d'activités",
                                ),
                            ),
                        )
                    )
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PIECES_JOINTES, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PIECES_JOINTES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Pièces obligatoires jointes à la "
                            'demande.'
                        ),
                        values,
                        missing=(('tp.motif',) if applies is None else ())
                        + (
                            rt.unknown(('dossier.pièces_fournies', dossier_pieces_fournies))
                            + rt.missing_each(
                                (
                                    (None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_5),
                                    rt.unknown(('tp.motif', tp_motif)),
                                ),
                                (
                                    (
                                        None
                                        if tp_motif is None
                                        else tp_motif == 'prolongation_soins'
                                    ),
                                    rt.unknown(('tp.motif', tp_motif)),
                                ),
                                (
                                    (None if tp_motif is None else tp_motif == 'raison_santé'),
                                    rt.unknown(('tp.motif', tp_motif)),
                                ),
                                (
                                    (None if tp_motif is None else tp_motif == 'soins_proche'),
                                    rt.unknown(('tp.motif', tp_motif)),
                                ),
                                (
                                    (
                                        None
                                        if tp_motif is None
                                        else tp_motif == 'création_entreprise'
                                    ),
                                    rt.unknown(('tp.motif', tp_motif)),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    deadlines: list[rt.DeadlineInfo] = []
    condition = None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'prévenance_droit',
                'Délai de prévenance : deux mois avant le début du temps partiel de droit',
                prevenance_droit,
                True,
                (_CITE_PREVENANCE_DROIT, _CITE_PREVENANCE_DROIT_2),
                '2 mois avant demande.date_début arrondi au dernier jour du mois',
            )
        )
    condition = rt.and3(
        (None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_6),
        (None if enfant_adopte is None else not enfant_adopte),
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'trois_ans',
                "Troisième anniversaire de l'enfant",
                trois_ans,
                False,
                (_CITE_ENFANT_MOINS_TROIS_ANS,),
                '3 ans après enfant.date_naissance arrondi au dernier jour du mois',
            )
        )
    condition = rt.and3(
        (None if tp_motif is None else tp_motif == 'enfant_moins_3_ans'), enfant_adopte
    )
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'trois_ans_adoption',
                "Trois ans après l'arrivée au foyer de l'enfant adopté",
                trois_ans_adoption,
                False,
                (_CITE_ENFANT_ADOPTE_TROIS_ANS,),
                '3 ans après enfant.date_arrivée_foyer arrondi au dernier jour du mois',
            )
        )
    condition = None if tp_motif is None else tp_motif == 'enfant_moins_8_ans'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'huit_ans',
                "Huitième anniversaire de l'enfant",
                huit_ans,
                False,
                (_CITE_ENFANT_MOINS_HUIT_ANS,),
                '8 ans après enfant.date_naissance arrondi au dernier jour du mois',
            )
        )
    opinions: list[rt.OpinionInfo] = []
    condition = None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_7
    if condition is not False:
        opinions.append(_OPINION_MEDECIN)
    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER),
        checklist=tuple(checklist),
        deadlines=tuple(deadlines),
        opinions=tuple(opinions),
        submissions=(_SUBMISSION,),
        computed={
            'taux_pension_civile': taux_pension_civile,
            'cotisation_sans_surcotisation': cotisation_sans_surcotisation,
            'cotisation_avec_surcotisation': cotisation_avec_surcotisation,
            'régime_du_motif.régime': regime_du_motif_regime,
            'organisation_hebdomadaire.jours_libérés': organisation_hebdomadaire_jours_liberes,
            (
                'organisation_hebdomadaire.jours_à_rattraper'
            ): organisation_hebdomadaire_jours_a_rattraper,
            'barème_surcotisation.taux': bareme_surcotisation_taux,
            'barème_surcotisation.durée_max': bareme_surcotisation_duree_max,
            'plafond_surcotisation.trimestres': plafond_surcotisation_trimestres,
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_statut,
        agent_fonction,
        agent_degre,
        agent_rqth,
        agent_fonctions_direction,
        agent_taux_incapacite_permanente,
        demande_date_depot,
        demande_date_debut,
        demande_quotite,
        tp_motif,
        _,
        tp_modalite,
        tp_situation_imprevisible,
        _,
        _,
        _,
        _,
        enfant_date_naissance,
        enfant_adopte,
        enfant_date_arrivee_foyer,
        accident_travail,
        entreprise_annees_accordees,
        entreprise_autre_entreprise,
        entreprise_annees_exclusives,
        surcotisation_demandee,
        surcotisation_annees_effectuees,
        _,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/temps_partiel_essonne_2025.circ:88 table régime_du_motif
    regime_du_motif_matches = (
        (None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES),
        (None if tp_motif is None else tp_motif not in _TP_MOTIF_VALUES),
    )
    row = rt.lookup(regime_du_motif_matches, _ROWS_REGIME_DU_MOTIF, None, 1)
    regime_du_motif_regime = row[0]
    # circulars/temps_partiel_essonne_2025.circ:151 échéance prévenance_droit
    prevenance_droit = rt.shift_date(demande_date_debut, 2, 'mois', 'avant', 'dernier jour', False)
    # circulars/temps_partiel_essonne_2025.circ:156 échéance trois_ans
    trois_ans = rt.shift_date(enfant_date_naissance, 36, 'mois', 'après', 'dernier jour', False)
    # circulars/temps_partiel_essonne_2025.circ:160 échéance trois_ans_adoption
    trois_ans_adoption = rt.shift_date(
        enfant_date_arrivee_foyer, 36, 'mois', 'après', 'dernier jour', False
    )
    # circulars/temps_partiel_essonne_2025.circ:164 échéance huit_ans
    huit_ans = rt.shift_date(enfant_date_naissance, 96, 'mois', 'après', 'dernier jour', False)
    # circulars/temps_partiel_essonne_2025.circ:190 table barème_surcotisation
    bareme_surcotisation_matches = (
        (None if demande_quotite is None else demande_quotite == 80),
        (None if demande_quotite is None else demande_quotite == 50),
    )
    row = rt.lookup(bareme_surcotisation_matches, _ROWS_BAREME_SURCOTISATION, (None, None), 2)
    bareme_surcotisation_duree_max = row[1]
    # tested by 2 rules
    shared_5 = None if tp_motif is None else tp_motif == 'création_entreprise'
    # tested by 2 rules
    shared_6 = (
        None
        if demande_date_depot is None
        else _DATE_2024_12_20 <= demande_date_depot <= _DATE_2025_03_10
    )
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/temps_partiel_essonne_2025.circ:228 règle public_concerné (bloquante)
    holds: bool | None = rt.and3(
        (None if agent_fonction is None else agent_fonction == 'enseignement'),
        (None if agent_degre is None else agent_degre == 'premier'),
    )
    if holds is False:
        failed.append('public_concerné')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/temps_partiel_essonne_2025.circ:233 règle stagiaire_exclu (bloquante)
    holds = None if agent_statut is None else agent_statut != 'stagiaire'
    if holds is False:
        failed.append('stagiaire_exclu')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/temps_partiel_essonne_2025.circ:240 règle direction_école (avertissement)
    holds = None if agent_fonctions_direction is None else not agent_fonctions_direction
    if holds is False:
        failed.append('direction_école')
        warned = True

    # circulars/temps_partiel_essonne_2025.circ:248 règle quotité_droit (bloquante)
    applies: bool | None = rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES)
    if applies is not False:
        holds = None if demande_quotite is None else demande_quotite in _DEMANDE_QUOTITE_VALUES
        if holds is False and applies is True:
            failed.append('quotité_droit')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:254 règle quotité_autorisation (bloquante)
    applies = rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES_2)
    if applies is not False:
        holds = None if demande_quotite is None else demande_quotite in _DEMANDE_QUOTITE_VALUES_2
        if holds is False and applies is True:
            failed.append('quotité_autorisation')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:263 règle enfant_moins_trois_ans (bloquante)
    applies = rt.and3(
        (None if tp_motif is None else tp_motif == 'enfant_moins_3_ans'),
        (None if enfant_adopte is None else not enfant_adopte),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_debut is None or trois_ans is None
            else demande_date_debut < trois_ans
        )
        if holds is False and applies is True:
            failed.append('enfant_moins_trois_ans')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:269 règle enfant_adopté_trois_ans (bloquante)
    applies = rt.and3(
        (None if tp_motif is None else tp_motif == 'enfant_moins_3_ans'), enfant_adopte
    )
    if applies is not False:
        holds = (
            None
            if demande_date_debut is None or trois_ans_adoption is None
            else demande_date_debut < trois_ans_adoption
        )
        if holds is False and applies is True:
            failed.append('enfant_adopté_trois_ans')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:275 règle conditions_handicap (bloquante)
    applies = None if tp_motif is None else tp_motif == 'handicap'
    if applies is not False:
        holds = rt.or3(
            agent_rqth,
            rt.and3(
                accident_travail,
                (
                    None
                    if agent_taux_incapacite_permanente is None
                    else agent_taux_incapacite_permanente >= 10
                ),
            ),
        )
        if holds is False and applies is True:
            failed.append('conditions_handicap')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:282 règle prolongation_enfant_trois_ans (bloquante)
    applies = None if tp_motif is None else tp_motif == 'prolongation_enfant'
    if applies is not False:
        holds = rt.not3(None if trois_ans is None else trois_ans > _DATE_2026_08_31)
        if holds is False and applies is True:
            failed.append('prolongation_enfant_trois_ans')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:288 règle enfant_moins_huit_ans (bloquante)
    applies = None if tp_motif is None else tp_motif == 'enfant_moins_8_ans'
    if applies is not False:
        holds = (
            None
            if demande_date_debut is None or huit_ans is None
            else demande_date_debut < huit_ans
        )
        if holds is False and applies is True:
            failed.append('enfant_moins_huit_ans')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:294 règle entreprise_quotité (bloquante)
    applies = shared_5
    if applies is not False:
        holds = None if demande_quotite is None else demande_quotite >= 50
        if holds is False and applies is True:
            failed.append('entreprise_quotité')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:300 règle entreprise_trois_ans (bloquante)
    applies = shared_5
    if applies is not False:
        holds = None if entreprise_annees_accordees is None else entreprise_annees_accordees < 3
        if holds is False and applies is True:
            failed.append('entreprise_trois_ans')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:306 règle entreprise_nouvelle (bloquante)
    applies = rt.and3(
        (None if tp_motif is None else tp_motif == 'création_entreprise'),
        entreprise_autre_entreprise,
    )
    if applies is not False:
        holds = None if entreprise_annees_exclusives is None else entreprise_annees_exclusives >= 3
        if holds is False and applies is True:
            failed.append('entreprise_nouvelle')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:319 règle année_scolaire_demandée (bloquante)
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

    # circulars/temps_partiel_essonne_2025.circ:324 règle délai_autorisation (bloquante)
    applies = rt.and3(
        rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES_2),
        (None if tp_motif is None else tp_motif not in _TP_MOTIF_VALUES_2),
    )
    if applies is not False:
        holds = shared_6
        if holds is False and applies is True:
            resolved = rt.exception_outcome(
                _RULE_DELAI_AUTORISATION,
                (
                    (
                        tp_situation_imprevisible,
                        'avertissement',
                        'sauf si tp.situation_imprévisible',
                    ),
                ),
            )
            if resolved is None or resolved[0] == 'conflit':
                failed.append('délai_autorisation')
                refused = True
            elif resolved[0] == 'indéterminée':
                undecided = True
            elif resolved[0] == 'avertissement':
                failed.append('délai_autorisation')
                warned = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:333 règle campagne_droit_rentrée (bloquante)
    applies = rt.and3(
        rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES),
        (None if demande_date_debut is None else demande_date_debut == _DATE_2025_09_01),
    )
    if applies is not False:
        holds = shared_6
        if holds is False and applies is True:
            resolved = rt.exception_outcome(
                _RULE_CAMPAGNE_DROIT_RENTREE,
                (
                    (
                        (
                            None
                            if demande_date_depot is None or prevenance_droit is None
                            else demande_date_depot <= prevenance_droit
                        ),
                        'avertissement',
                        'sauf si demande.date_dépôt respecte prévenance_droit',
                    ),
                ),
            )
            if resolved is None or resolved[0] == 'conflit':
                failed.append('campagne_droit_rentrée')
                refused = True
            elif resolved[0] == 'indéterminée':
                undecided = True
            elif resolved[0] == 'avertissement':
                failed.append('campagne_droit_rentrée')
                warned = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:341 règle prévenance_en_cours_année (bloquante)
    applies = rt.and3(
        rt.is_in(regime_du_motif_regime, _REGIME_DU_MOTIF_REGIME_VALUES),
        (None if demande_date_debut is None else demande_date_debut > _DATE_2025_09_01),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or prevenance_droit is None
            else demande_date_depot <= prevenance_droit
        )
        if holds is False and applies is True:
            failed.append('prévenance_en_cours_année')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:350 règle annualisé_rentrée (bloquante)
    applies = None if tp_modalite is None else tp_modalite == 'annualisé'
    if applies is not False:
        holds = None if demande_date_debut is None else demande_date_debut == _DATE_2025_09_01
        if holds is False and applies is True:
            failed.append('annualisé_rentrée')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/temps_partiel_essonne_2025.circ:480 règle surcotisation_durée (avertissement)
    applies = rt.all3(
        surcotisation_demandee,
        (None if demande_quotite is None else demande_quotite in _DEMANDE_QUOTITE_VALUES_3),
        (
            None
            if agent_taux_incapacite_permanente is None
            else agent_taux_incapacite_permanente < 80
        ),
    )
    if applies is not False:
        holds = rt.lt(surcotisation_annees_effectuees, bareme_surcotisation_duree_max)
        if holds is False and applies is True:
            failed.append('surcotisation_durée')
            warned = True

    # circulars/temps_partiel_essonne_2025.circ:506 règle pièces_jointes (bloquante)
    applies = None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_4
    if applies is not False:
        holds = rt.all_provided(
            dossier_pieces_fournies,
            (
                (
                    (None if tp_motif is None else tp_motif in _TP_MOTIF_VALUES_5),
                    'courrier_explicatif',
                    'Courrier explicatif motivant la demande',
                ),
                (
                    (None if tp_motif is None else tp_motif == 'prolongation_soins'),
                    'demande_motivée_prolongation',
                    (
                        "Demande motivée de prolongation du temps partiel jusqu'au terme de "
                        "l'année scolaire"
                    ),
                ),
                (
                    (None if tp_motif is None else tp_motif == 'raison_santé'),
                    'certificat_médical',
                    'Certificat médical',
                ),
                (
                    (None if tp_motif is None else tp_motif == 'soins_proche'),
                    'attestation_soins_proche',
                    (
                        'Annexe 3 « Attestation médicale - Temps partiel de droit pour donner des '
                        'soins à un proche »'
                    ),
                ),
                (
                    (None if tp_motif is None else tp_motif == 'création_entreprise'),
                    'demande_cumul',
                    "Demande d'autorisation de cumul d'activités",
                ),
            ),
        )
        if holds is False and applies is True:
            failed.append('pièces_jointes')
            refused = True
        elif holds is not True:
            undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
