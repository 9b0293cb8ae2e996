# Généré par circdsl depuis circulars/conges_maladie_2019.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Gestion des affaires médicales 1er et 2nd degré à compter du 1er septembre 2019 '
    ": congés de maladie (Rectorat de l'académie d'Aix-Marseille – Division de l'accompagnement "
    'des personnels (DAP) / DSDEN).'
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='conges_maladie_2019',
    title=(
        'Gestion des affaires médicales 1er et 2nd degré à compter du 1er septembre 2019 : congés '
        'de maladie'
    ),
    authority=(
        "Rectorat de l'académie d'Aix-Marseille – Division de l'accompagnement des personnels "
        '(DAP) / DSDEN'
    ),
    reference='Bulletin académique n° 407',
    issued=None,
    school_year='2019-2020',
    dispositif='Congés de maladie',
    source='sources/004_2d4123b577c6e586.txt',
    file='circulars/conges_maladie_2019.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.statut': "Statut de l'agent",
    'agent.catégorie_personnel': (
        "Catégorie de personnel (orientation des dossiers dans l'académie d'Aix-Marseille)"
    ),
    'agent.position': 'Position administrative',
    'arrêt.date_établissement': (
        "Date d'établissement de l'arrêt de travail (initial ou de prolongation)"
    ),
    'arrêt.date_transmission': (
        "Date de transmission de l'arrêt de travail à l'administration (supérieur hiérarchique)"
    ),
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'congé.type': 'Congé concerné',
    'dossier.objet': 'Objet de la démarche',
    'arrêt.date_début_continu': "Date de début de l'arrêt de maladie continu",
    'congé.date_fin': "Date de fin de l'arrêt ou de la période de congé demandée",
    'congé.date_fin_période_en_cours': 'Date de fin de la période de congé en cours',
    'congé.durée_période': 'Durée de la période de congé long demandée',
    'congé.affection_cld': (
        "L'affection relève de l'une des 5 affections ouvrant droit au CLD (arrêté du 14/03/1986)"
    ),
    'congé.cld_même_affection': (
        'Un CLD a déjà été accordé pour la même affection au cours de la carrière'
    ),
    'congé.durée_clm_accomplie': 'Durée de CLM déjà accomplie pour cette affection',
    'agent.clm_antérieur': (
        "L'agent a déjà obtenu un CLM qui a pris fin (nouvelle demande, hors renouvellement)"
    ),
    'agent.reprise_depuis_clm': "Durée d'exercice des fonctions depuis la fin du précédent CLM",
    'agent.ancienneté_services': 'Ancienneté de services continus (agent non titulaire)',
    'agent.contrat_date_fin': 'Date de fin du contrat (agent non titulaire)',
    'congé.droits_épuisés': "L'agent a épuisé ses droits à congé (CMO, CLM, CLD ou CGM)",
    'dossier.retraite_invalidité': (
        "Demande de retraite pour invalidité à l'issue de la dernière période de congé"
    ),
    'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur',
}
_FACT_ORDER: dict[str, int] = {
    'agent.statut': 0,
    'agent.catégorie_personnel': 1,
    'agent.position': 2,
    'arrêt.date_établissement': 3,
    'arrêt.date_transmission': 4,
    'demande.date_dépôt': 5,
    'congé.type': 6,
    'dossier.objet': 7,
    'arrêt.date_début_continu': 8,
    'congé.date_fin': 9,
    'congé.date_fin_période_en_cours': 10,
    'congé.durée_période': 11,
    'congé.affection_cld': 12,
    'congé.cld_même_affection': 13,
    'congé.durée_clm_accomplie': 14,
    'agent.clm_antérieur': 15,
    'agent.reprise_depuis_clm': 16,
    'agent.ancienneté_services': 17,
    'agent.contrat_date_fin': 18,
    'congé.droits_épuisés': 19,
    'dossier.retraite_invalidité': 20,
    'dossier.pièces_fournies': 21,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'arrêt_de_travail': ('dossier.objet',),
    'arrêts_originaux': (
        'agent.catégorie_personnel',
        'congé.type',
        'dossier.objet',
        'arrêt.date_début_continu',
        'congé.date_fin',
    ),
    'demande_écrite': ('agent.catégorie_personnel', 'congé.type', 'dossier.objet'),
    'certificat_simple': ('agent.catégorie_personnel', 'congé.type', 'dossier.objet'),
    'certificat_détaillé': ('congé.type', 'dossier.objet'),
    'demande_reprise': (
        'agent.catégorie_personnel',
        'congé.type',
        'dossier.objet',
        'arrêt.date_début_continu',
        'congé.date_fin_période_en_cours',
    ),
    'attestation_reprise': (
        'agent.catégorie_personnel',
        'congé.type',
        'dossier.objet',
        'arrêt.date_début_continu',
        'congé.date_fin_période_en_cours',
    ),
    'lettre_renonciation': ('agent.catégorie_personnel', 'dossier.objet'),
    'lettre_retraite': ('agent.catégorie_personnel', 'dossier.retraite_invalidité'),
    'certificat_retraite': ('agent.catégorie_personnel', 'dossier.retraite_invalidité'),
    'dossier_retraite': ('agent.statut', 'dossier.retraite_invalidité'),
}
_AGENT_CATEGORIE_PERSONNEL_VALUES = frozenset({'aesh', 'enseignant_premier_degré_public'})
_AGENT_CATEGORIE_PERSONNEL_VALUES_2 = frozenset(
    {'enseignant_premier_degré_privé', 'enseignant_second_degré_privé'}
)
_AGENT_CATEGORIE_PERSONNEL_VALUES_3 = frozenset({'aed', 'atss', 'autre_personnel', 'encadrement'})
_SERVICE_DSDEN_GESTION = rt.Recipient(
    'dsden_gestion', 'DSDEN – division des personnels enseignants (DPE) du département', False, None
)
_SERVICE_DSDEN_BAM = rt.Recipient(
    'dsden_bam',
    'DSDEN – bureau des affaires médicales (BAM) du département',
    False,
    (
        'BAM 1er degré 04 : bam.04@ac-aix-marseille.fr ; BAM 1er degré 05 : '
        'bam05@ac-aix-marseille.fr ; BAM 1er degré 13 : ce.dp313@ac-aix-marseille.fr ; BAM 1er '
        'degré 84 : ce.bam84@ac-aix-marseille.fr'
    ),
)
_SERVICE_DIPE = rt.Recipient(
    'dipe', 'Rectorat – Division des personnels enseignants (DIPE)', False, None
)
_SERVICE_SAM = rt.Recipient(
    'sam',
    'Rectorat – DAP, service des affaires médicales (SAM)',
    False,
    (
        "Rectorat d'Aix-Marseille – DAP – SAM – 1 place Lucien Paye – 13621 Aix-en-Provence cedex "
        '1 – ce.dap@ac-aix-marseille.fr – 04 42 91 72 93 (Mme Galvez, chef de bureau ; Dpt 13 '
        'lettres A à K : Mme Imbert ; Dpt 13 lettres L à Z : Mme Verrier ; Dpt 04, 05, 84 : Mme '
        'Vian)'
    ),
)
_SERVICE_DEEP = rt.Recipient(
    'deep', "Rectorat – Division des établissements d'enseignement privés (DEEP)", False, None
)
_SERVICE_DIEPAT = rt.Recipient(
    'diepat',
    "Rectorat – Division de l'encadrement et des personnels administratifs et techniques (DIEPAT)",
    False,
    None,
)
_ROWS_GESTION = (
    (_SERVICE_DSDEN_GESTION, _SERVICE_DSDEN_BAM),
    (_SERVICE_DIPE, _SERVICE_SAM),
    (_SERVICE_DEEP, _SERVICE_SAM),
    (_SERVICE_DIEPAT, _SERVICE_SAM),
)
_ROWS_DROITS = ((12, 3, 9), (36, 12, 24), (60, 36, 24), (36, 12, 24), (None, None, None))
_ROWS_DROITS_CM = ((1, 1), (2, 2), (3, 3))
_CONGE_TYPE_VALUES = frozenset({'cld', 'clm', 'cmo'})
_AGENT_STATUT_VALUES = frozenset({'stagiaire', 'titulaire'})
_CONGE_TYPE_VALUES_2 = frozenset({'cgm', 'cm'})
_CONGE_TYPE_VALUES_3 = frozenset({'cgm', 'cld', 'clm'})
_DOSSIER_OBJET_VALUES = frozenset({'octroi', 'renouvellement'})
_CONGE_TYPE_VALUES_4 = frozenset({'cld', 'clm'})
_CONGE_TYPE_VALUES_5 = frozenset({'cgm', 'clm'})
_CONGE_TYPE_VALUES_6 = frozenset({'cgm', 'cld', 'clm', 'cmo'})
_SERVICE_SUPERIEUR_HIERARCHIQUE = rt.Recipient(
    'supérieur_hiérarchique',
    "Supérieur hiérarchique (chef d'établissement ou de service)",
    False,
    None,
)
_DOSSIER_OBJET_VALUES_2 = frozenset({'octroi', 'renonciation', 'renouvellement', 'reprise'})
_CITE_ARRET_DE_TRAVAIL = rt.Citation(
    'Arrêt de travail initial (imprimé cerfa) sous 48h au supérieur hiérarchique',
    'sources/004_2d4123b577c6e586.txt',
    2575,
)
_CITE_ARRET_DE_TRAVAIL_2 = rt.Citation(
    'Arrêt de travail de prolongation (imprimé cerfa) sous 48h au supérieur hiérarchique',
    'sources/004_2d4123b577c6e586.txt',
    2649,
)
_DOC_ARRET_DE_TRAVAIL = rt.ChecklistItem(
    'arrêt_de_travail',
    'Arrêt de travail initial ou de prolongation (imprimé CERFA)',
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('main propre', False, (_SERVICE_SUPERIEUR_HIERARCHIQUE,)),),
    'Sous 48 heures, par la voie hiérarchique.',
    (_CITE_ARRET_DE_TRAVAIL, _CITE_ARRET_DE_TRAVAIL_2),
)
_DOC_ARRET_DE_TRAVAIL_IF = rt.ChecklistItem(
    'arrêt_de_travail',
    'Arrêt de travail initial ou de prolongation (imprimé CERFA)',
    'à fournir si …',
    'dossier.objet = arrêt',
    False,
    False,
    (rt.Delivery('main propre', False, (_SERVICE_SUPERIEUR_HIERARCHIQUE,)),),
    'Sous 48 heures, par la voie hiérarchique.',
    (_CITE_ARRET_DE_TRAVAIL, _CITE_ARRET_DE_TRAVAIL_2),
)
_CITE_ARRETS_ORIGINAUX = rt.Citation(
    (
        'Il convient dès lors de transmettre les arrêts de travail originaux depuis le début de '
        'cet arrêt continu ainsi que les suivants, au BAM-SAM compétent pour saisine du comité '
        'médical.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2897,
)
_DOC_ARRETS_ORIGINAUX = rt.ChecklistItem(
    'arrêts_originaux',
    "Arrêts de travail originaux depuis le début de l'arrêt continu, puis les suivants",
    'à fournir',
    None,
    False,
    False,
    (),
    (
        "Transmis par le supérieur hiérarchique ou l'établissement au service des affaires "
        'médicales, pour la saisine du comité médical.'
    ),
    (_CITE_ARRETS_ORIGINAUX,),
)
_CITE_DEMANDE_ECRITE = rt.Citation(
    "Demande écrite sollicitant l'octroi d'un CLM", 'sources/004_2d4123b577c6e586.txt', 2597
)
_CITE_DEMANDE_ECRITE_2 = rt.Citation(
    "Demande écrite sollicitant l'octroi d'un CGM", 'sources/004_2d4123b577c6e586.txt', 2865
)
_CITE_DEMANDE_ECRITE_3 = rt.Citation(
    (
        'Une lettre personnelle et/ou formulaire (cf bulletin académique) mentionnant '
        'impérativement vos coordonnées : nom, adresse et n° de téléphone'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3558,
)
_DOC_DEMANDE_ECRITE = rt.ChecklistItem(
    'demande_écrite',
    (
        "Demande écrite (lettre personnelle ou formulaire) sollicitant l'octroi du congé, avec "
        'nom, adresse et téléphone'
    ),
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_DEMANDE_ECRITE, _CITE_DEMANDE_ECRITE_2, _CITE_DEMANDE_ECRITE_3),
)
_CITE_CERTIFICAT_SIMPLE = rt.Citation(
    (
        'Un certificat médical simple indiquant que l’état de santé nécessite l’octroi d’un congé '
        'longue maladie (sans détailler la pathologie).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3564,
)
_CITE_CERTIFICAT_SIMPLE_2 = rt.Citation(
    'accompagné d’un certificat médical simple', 'sources/004_2d4123b577c6e586.txt', 2923
)
_DOC_CERTIFICAT_SIMPLE = rt.ChecklistItem(
    'certificat_simple',
    'Certificat médical simple du médecin traitant (sans détailler la pathologie)',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_CERTIFICAT_SIMPLE, _CITE_CERTIFICAT_SIMPLE_2),
)
_SERVICE_CMD = rt.Recipient('cmd', 'Comité médical départemental (CMD)', True, None)
_CITE_CERTIFICAT_DETAILLE = rt.Citation(
    'Certificat médical détaillé sous pli confidentiel du médecin spécialiste de la pathologie',
    'sources/004_2d4123b577c6e586.txt',
    2605,
)
_CITE_CERTIFICAT_DETAILLE_2 = rt.Citation(
    (
        'Un certificat médical détaillé sous pli confidentiel (qui ne sera ouvert que par le '
        'comité médical).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3569,
)
_DOC_CERTIFICAT_DETAILLE = rt.ChecklistItem(
    'certificat_détaillé',
    'Certificat médical détaillé du médecin spécialiste de la pathologie, sous pli confidentiel',
    'à fournir',
    None,
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_CMD,)),),
    (
        "Le pli n'est ouvert que par le comité médical ; il chemine fermé par le supérieur "
        'hiérarchique et le service des affaires médicales.'
    ),
    (_CITE_CERTIFICAT_DETAILLE, _CITE_CERTIFICAT_DETAILLE_2),
)
_DOC_CERTIFICAT_DETAILLE_IF = rt.ChecklistItem(
    'certificat_détaillé',
    'Certificat médical détaillé du médecin spécialiste de la pathologie, sous pli confidentiel',
    'à fournir si …',
    'congé.type dans {clm, cld, cgm} et dossier.objet dans {octroi, renouvellement}',
    True,
    True,
    (rt.Delivery('voie postale', True, (_SERVICE_CMD,)),),
    (
        "Le pli n'est ouvert que par le comité médical ; il chemine fermé par le supérieur "
        'hiérarchique et le service des affaires médicales.'
    ),
    (_CITE_CERTIFICAT_DETAILLE, _CITE_CERTIFICAT_DETAILLE_2),
)
_CITE_DEMANDE_REPRISE = rt.Citation(
    (
        'Leur demande de reprise de fonction doit être adressée au plus tard 3 mois avant la fin '
        'de la période de congé en cours.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3010,
)
_DOC_DEMANDE_REPRISE = rt.ChecklistItem(
    'demande_reprise',
    'Demande de reprise de fonctions',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_DEMANDE_REPRISE,),
)
_CITE_ATTESTATION_REPRISE = rt.Citation(
    (
        'Le service ou l’établissement d’affectation devra établir une attestation qui sera '
        'adressée au BAM ou au SAM via le service de gestion de carrière de l’agent.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2926,
)
_CITE_ATTESTATION_REPRISE_2 = rt.Citation(
    (
        'Le BAM SAM doit être informé dès la reprise de l’agent avant les 12 mois de CMO '
        'consécutifs (attestation de reprise établie par le service/établissement d’affectation).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2905,
)
_DOC_ATTESTATION_REPRISE = rt.ChecklistItem(
    'attestation_reprise',
    "Attestation de reprise établie par le service ou l'établissement d'affectation",
    'à fournir',
    None,
    False,
    False,
    (),
    (
        "Adressée au service des affaires médicales par l'intermédiaire du service de gestion de "
        "carrière de l'agent."
    ),
    (_CITE_ATTESTATION_REPRISE, _CITE_ATTESTATION_REPRISE_2),
)
_CITE_LETTRE_RENONCIATION = rt.Citation(
    'il devra le notifier par écrit adressé au BAM/SAM', 'sources/004_2d4123b577c6e586.txt', 2923
)
_DOC_LETTRE_RENONCIATION = rt.ChecklistItem(
    'lettre_renonciation',
    'Lettre de renonciation à la demande de CLM ou de CGM',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_LETTRE_RENONCIATION,),
)
_CITE_LETTRE_RETRAITE = rt.Citation(
    (
        'Une lettre de l’agent sollicitant une dernière période de CLM, de CLD ou DO suivie d’une '
        'RI à l’issue de ce dernier congé'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3097,
)
_DOC_LETTRE_RETRAITE = rt.ChecklistItem(
    'lettre_retraite',
    (
        "Lettre sollicitant une dernière période de CLM, de CLD ou de disponibilité d'office "
        "suivie d'une retraite pour invalidité"
    ),
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_LETTRE_RETRAITE,),
)
_CITE_CERTIFICAT_RETRAITE = rt.Citation(
    (
        'Un certificat médical simple du médecin traitant établi sous forme d’ordonnance '
        'mentionnant le dernier renouvellement du CLM, de CLD ou DO avec une mise à la retraite '
        'pour invalidité'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3099,
)
_DOC_CERTIFICAT_RETRAITE = rt.ChecklistItem(
    'certificat_retraite',
    (
        'Certificat médical simple du médecin traitant (ordonnance) mentionnant le dernier '
        'renouvellement et la mise à la retraite pour invalidité'
    ),
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_CERTIFICAT_RETRAITE,),
)
_SERVICE_SERVICE_PENSIONS = rt.Recipient(
    'service_pensions',
    "Service des pensions du rectorat (ou DEEP pour les personnels de l'enseignement privé)",
    False,
    None,
)
_CITE_DOSSIER_RETRAITE = rt.Citation(
    (
        'Un dossier d’admission à la retraite doit être établi par l’agent auprès du service des '
        'pensions du rectorat ou de la DEEP pour les personnels de l’enseignement privé.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3102,
)
_DOC_DOSSIER_RETRAITE = rt.ChecklistItem(
    'dossier_retraite',
    "Dossier d'admission à la retraite",
    'à fournir',
    None,
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_SERVICE_PENSIONS,)),),
    None,
    (_CITE_DOSSIER_RETRAITE,),
)
_DOC_DOSSIER_RETRAITE_IF = rt.ChecklistItem(
    'dossier_retraite',
    "Dossier d'admission à la retraite",
    'à fournir si …',
    'dossier.retraite_invalidité et agent.statut = titulaire',
    False,
    False,
    (rt.Delivery('voie postale', False, (_SERVICE_SERVICE_PENSIONS,)),),
    None,
    (_CITE_DOSSIER_RETRAITE,),
)
_CITE_DEMANDE = rt.Citation(
    (
        'Les arrêts maladie et les demandes de congés longs doivent être adressés au supérieur '
        'hiérarchique'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2910,
)
_CITE_DEMANDE_2 = rt.Citation(
    (
        'Ce dernier transmet les arrêts de travail supérieurs à 6 mois, les demandes de CLM, CLD '
        'et CGM au service chargé des affaires médicales compétent.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2911,
)
_SUBMISSION = rt.SubmissionInfo(
    'Arrêts de travail et demandes de congés longs, par la voie hiérarchique',
    (),
    None,
    (_CITE_DEMANDE, _CITE_DEMANDE_2),
)
_CITE_CONGES_TITULAIRES = rt.Citation(
    (
        'S’il est fonctionnaire ou maître contractuel des établissements privés (titulaire ou '
        'stagiaire) : - En congé ordinaire de maladie - En congé de longue maladie - En congé de '
        'longue durée'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2506,
)
_RULE_CONGES_TITULAIRES = rt.RuleInfo(
    'congés_titulaires',
    'CMO, CLM et CLD : fonctionnaires titulaires et stagiaires',
    'bloquante',
    (_CITE_CONGES_TITULAIRES,),
    'circulars/conges_maladie_2019.circ:168',
)
_CITE_CONGES_NON_TITULAIRES = rt.Citation(
    (
        'S’il est agent non titulaire ou maître délégué des établissements privés : - En congé de '
        'maladie - En congé de grave maladie'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2511,
)
_RULE_CONGES_NON_TITULAIRES = rt.RuleInfo(
    'congés_non_titulaires',
    'CM et CGM : agents non titulaires',
    'bloquante',
    (_CITE_CONGES_NON_TITULAIRES,),
    'circulars/conges_maladie_2019.circ:174',
)
_CITE_DELAI_ARRET = rt.Citation(
    (
        "Transmission des certificats médicaux d'arrêt de travail dans un délai de 48 heures pour "
        "tout arrêt de travail ou prolongation d'arrêt"
    ),
    'sources/004_2d4123b577c6e586.txt',
    2516,
)
_CITE_DELAI_ARRET_2 = rt.Citation(
    (
        'Vous devez transmettre à votre supérieur hiérarchique les avis d’arrêt de travail dans un '
        'délai de 48 h.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3533,
)
_CITE_DELAI_ARRET_3 = rt.Citation(
    (
        'Vous devez transmettre vos avis d’arrêt de travail à votre supérieur hiérarchique dans un '
        'délai de 48 h.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3588,
)
_RULE_DELAI_ARRET = rt.RuleInfo(
    'délai_arrêt',
    'Arrêt de travail transmis dans les 48 heures',
    'avertissement',
    (_CITE_DELAI_ARRET, _CITE_DELAI_ARRET_2, _CITE_DELAI_ARRET_3),
    'circulars/conges_maladie_2019.circ:183',
)
_CITE_CMO_UN_AN = rt.Citation('Durée: 1 an', 'sources/004_2d4123b577c6e586.txt', 2555)
_CITE_CMO_UN_AN_2 = rt.Citation(
    'Après 12 mois: avis obligatoire du comité médical avant toute reprise du travail',
    'sources/004_2d4123b577c6e586.txt',
    2675,
)
_RULE_CMO_UN_AN = rt.RuleInfo(
    'cmo_un_an',
    'CMO : un an au plus de congé consécutif',
    'bloquante',
    (_CITE_CMO_UN_AN, _CITE_CMO_UN_AN_2),
    'circulars/conges_maladie_2019.circ:191',
)
_CITE_COMITE_SIX_MOIS = rt.Citation(
    (
        "Lorsque, à l'expiration de 6 mois consécutifs de congé de maladie, vous déposez un "
        'nouvel arrêt de prolongation, le comité médical est saisi pour avis sur votre demande.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3535,
)
_CITE_COMITE_SIX_MOIS_2 = rt.Citation(
    (
        'Attention : dès lors que le congé ordinaire de maladie atteint la durée de 6 mois, le '
        'message « Avis du comité obligatoire » apparait dans GIGC. Il convient dès lors de '
        'transmettre les arrêts de travail originaux depuis le début de cet arrêt continu ainsi '
        'que les suivants, au BAM-SAM compétent pour saisine du comité médical.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2896,
)
_CITE_COMITE_SIX_MOIS_3 = rt.Citation(
    (
        'Il revient au service chargé des affaires médicales de saisir les CMO après 6 mois '
        'd’arrêt continu.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2901,
)
_RULE_COMITE_SIX_MOIS = rt.RuleInfo(
    'comité_six_mois',
    'CMO au-delà de six mois consécutifs : saisine du comité médical',
    'information',
    (_CITE_COMITE_SIX_MOIS, _CITE_COMITE_SIX_MOIS_2, _CITE_COMITE_SIX_MOIS_3),
    'circulars/conges_maladie_2019.circ:198',
)
_CITE_CLD_AFFECTION = rt.Citation(
    'Seules 5 affections ouvrent droit à ce congé (arrêté du 14/03/1986)',
    'sources/004_2d4123b577c6e586.txt',
    2550,
)
_RULE_CLD_AFFECTION = rt.RuleInfo(
    'cld_affection',
    "CLD : une des cinq affections de l'arrêté du 14/03/1986",
    'bloquante',
    (_CITE_CLD_AFFECTION,),
    'circulars/conges_maladie_2019.circ:206',
)
_CITE_CLD_UNIQUE = rt.Citation(
    '1 seul CLD pour une même affection durant toute la carrière',
    'sources/004_2d4123b577c6e586.txt',
    2546,
)
_RULE_CLD_UNIQUE = rt.RuleInfo(
    'cld_unique',
    'CLD : un seul pour une même affection',
    'bloquante',
    (_CITE_CLD_UNIQUE,),
    'circulars/conges_maladie_2019.circ:212',
)
_CITE_CLD_APRES_CLM = rt.Citation(
    (
        'A l’issue d’1 an de CLM, si vous êtes atteint d’une affection relevant d’une des '
        'pathologies prévues à l’article II de l’arrêté du 14 mars 1986, vous pouvez demander un '
        'congé de longue durée'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3645,
)
_RULE_CLD_APRES_CLM = rt.RuleInfo(
    'cld_après_clm',
    "CLD : à l'issue d'un an de CLM",
    'bloquante',
    (_CITE_CLD_APRES_CLM,),
    'circulars/conges_maladie_2019.circ:218',
)
_CITE_CLM_NOUVEAU = rt.Citation(
    (
        "Le fonctionnaire qui a obtenu un congé de longue maladie ne peut bénéficier d'un autre "
        "congé de cette nature, s'il n'a pas auparavant repris l'exercice de ses fonctions "
        'pendant un an.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2994,
)
_RULE_CLM_NOUVEAU = rt.RuleInfo(
    'clm_nouveau',
    'Nouveau CLM : un an de reprise des fonctions',
    'bloquante',
    (_CITE_CLM_NOUVEAU,),
    'circulars/conges_maladie_2019.circ:224',
)
_CITE_OPTION_CLM_CLD = rt.Citation(
    (
        'Au terme d’un an de CLM article 2 de l’arrêté du 14/03/1986, l’agent sera invité par le '
        'service des affaires médicales concerné à choisir entre le maintien en CLM ou l’option '
        'd’un CLD. Cette décision qui relève du choix personnel de l’agent est irrévocable.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2989,
)
_CITE_OPTION_CLM_CLD_2 = rt.Citation(
    (
        'Sans manifestation claire de son droit d’option, l’agent bénéficiant d’un CLM ouvrant '
        'droit à un CLD peut être placé d’office en CLD par l’administration. Il sera tenu informé '
        'de cette décision par le BAM ou le SAM qui gère son dossier.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2991,
)
_CITE_OPTION_CLM_CLD_3 = rt.Citation(
    (
        'Après 1 an de CLM article 2 de l’arrêté du 14/03/1986 le CLM peut être soit prolongé, '
        'soit être poursuivi en CLD sous réserve de l’avis du CMD'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2611,
)
_RULE_OPTION_CLM_CLD = rt.RuleInfo(
    'option_clm_cld',
    "Au terme d'un an de CLM : choix entre CLM et CLD",
    'information',
    (_CITE_OPTION_CLM_CLD, _CITE_OPTION_CLM_CLD_2, _CITE_OPTION_CLM_CLD_3),
    'circulars/conges_maladie_2019.circ:230',
)
_NOTICE_OPTION_CLM_CLD = rt.Finding(
    _RULE_OPTION_CLM_CLD,
    rt.Outcome.NOTICE,
    'information',
    (
        "Au terme d'un an de CLM, le service des affaires médicales vous invitera à choisir, de "
        'façon irrévocable, entre le maintien en CLM et un CLD ; sans choix clair de votre part, '
        "vous pouvez être placé d'office en CLD."
    ),
    (),
)
_CITE_NON_TITULAIRE_EN_ACTIVITE = rt.Citation(
    'Etre en activité', 'sources/004_2d4123b577c6e586.txt', 2815
)
_CITE_NON_TITULAIRE_EN_ACTIVITE_2 = rt.Citation(
    'L’agent non titulaire en activité, et présentant au moins 3 années de service',
    'sources/004_2d4123b577c6e586.txt',
    3677,
)
_RULE_NON_TITULAIRE_EN_ACTIVITE = rt.RuleInfo(
    'non_titulaire_en_activité',
    'CM et CGM : agent non titulaire en activité',
    'bloquante',
    (_CITE_NON_TITULAIRE_EN_ACTIVITE, _CITE_NON_TITULAIRE_EN_ACTIVITE_2),
    'circulars/conges_maladie_2019.circ:238',
)
_LABELS_AGENT_POSITION = {
    'activité': 'Activité',
    'mise_à_disposition': 'Mise à disposition',
    'détachement': 'Détachement',
    'disponibilité_office_santé': "Disponibilité d'office pour raison de santé",
    'disponibilité': 'Disponibilité (autre motif)',
    'congé_parental': 'Congé parental',
    'autre_position': 'Autre position',
}
_CITE_CM_DUREE_CONTRAT = rt.Citation(
    'Ne peut pas dépasser la durée du contrat', 'sources/004_2d4123b577c6e586.txt', 2817
)
_RULE_CM_DUREE_CONTRAT = rt.RuleInfo(
    'cm_durée_contrat',
    'CM : pas au-delà de la durée du contrat',
    'bloquante',
    (_CITE_CM_DUREE_CONTRAT,),
    'circulars/conges_maladie_2019.circ:245',
)
_CITE_CGM_ANCIENNETE = rt.Citation(
    'Ancienneté requise: 3 ans de services continus', 'sources/004_2d4123b577c6e586.txt', 2821
)
_CITE_CGM_ANCIENNETE_2 = rt.Citation(
    (
        'L’agent non titulaire en activité, et présentant au moins 3\nannées de service, le '
        'mettant dans l’impossibilité d’exercer son\nactivité, peut bénéficier d’un congé de grave '
        'maladie (CGM)\naprès avis du comité médical.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3677,
)
_RULE_CGM_ANCIENNETE = rt.RuleInfo(
    'cgm_ancienneté',
    'CGM : trois ans de services continus',
    'bloquante',
    (_CITE_CGM_ANCIENNETE, _CITE_CGM_ANCIENNETE_2),
    'circulars/conges_maladie_2019.circ:251',
)
_CITE_DROITS_CM = rt.Citation(
    'Durée et rémunération sous réserve de la nature du contrat',
    'sources/004_2d4123b577c6e586.txt',
    2828,
)
_RULE_DROITS_CM = rt.RuleInfo(
    'droits_cm',
    "CM : droits selon l'ancienneté",
    'information',
    (_CITE_DROITS_CM,),
    'circulars/conges_maladie_2019.circ:258',
)
_CITE_PERIODE_TROIS_SIX_MOIS = rt.Citation(
    'Accordé par période de 3 à 6 mois sur avis du CMD', 'sources/004_2d4123b577c6e586.txt', 2639
)
_CITE_PERIODE_TROIS_SIX_MOIS_2 = rt.Citation(
    'Le congé de grave maladie peut être accordé par périodes de 3 à 6 mois.',
    'sources/004_2d4123b577c6e586.txt',
    3719,
)
_RULE_PERIODE_TROIS_SIX_MOIS = rt.RuleInfo(
    'période_trois_six_mois',
    'CLM, CLD, CGM : périodes de 3 à 6 mois',
    'bloquante',
    (_CITE_PERIODE_TROIS_SIX_MOIS, _CITE_PERIODE_TROIS_SIX_MOIS_2),
    'circulars/conges_maladie_2019.circ:264',
)
_CITE_DELAI_RENOUVELLEMENT = rt.Citation(
    "Demande au minimum 2 mois avant l'expiration de la période en cours (à adresser au SAM / BAM)",
    'sources/004_2d4123b577c6e586.txt',
    2659,
)
_CITE_DELAI_RENOUVELLEMENT_2 = rt.Citation(
    (
        'Le CLM peut être prolongé par périodes de 3 à 6 mois, selon la même procédure (demande à '
        'formuler 2 mois avant la fin de la période déjà octroyée).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3635,
)
_CITE_DELAI_RENOUVELLEMENT_3 = rt.Citation(
    (
        "Demande au minimum un 2 mois avant l'expiration de la période en cours (à adresser au "
        'SAM / BAM)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2665,
)
_RULE_DELAI_RENOUVELLEMENT = rt.RuleInfo(
    'délai_renouvellement',
    "Renouvellement demandé au moins 2 mois avant l'expiration",
    'bloquante',
    (_CITE_DELAI_RENOUVELLEMENT, _CITE_DELAI_RENOUVELLEMENT_2, _CITE_DELAI_RENOUVELLEMENT_3),
    'circulars/conges_maladie_2019.circ:271',
)
_CITE_DELAI_REPRISE = rt.Citation(
    (
        'Attention, pour l’agent placé en CLM, CLD, CGM, CMO depuis plus de 12 mois, la demande '
        'doit être adressée au plus tard 3 mois avant la fin de la dernière période du congé long'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3030,
)
_CITE_DELAI_REPRISE_2 = rt.Citation(
    (
        'A l’expiration des 3 ans de CLM, avis obligatoire du comité médical avant toute reprise '
        'du travail (demande réintégration à déposer 3 mois avant la fin de la dernière période)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2715,
)
_CITE_DELAI_REPRISE_3 = rt.Citation(
    (
        'A l’expiration des 5 ans de CLD (1 an CLM + 4 ans CLD), avis obligatoire du comité '
        'médical avant toute reprise du travail (demande réintégration à déposer 3 mois avant la '
        'fin de la dernière période)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2754,
)
_RULE_DELAI_REPRISE = rt.RuleInfo(
    'délai_reprise',
    'Reprise après un congé long : demande 3 mois avant la fin du congé',
    'bloquante',
    (_CITE_DEMANDE_REPRISE, _CITE_DELAI_REPRISE, _CITE_DELAI_REPRISE_2, _CITE_DELAI_REPRISE_3),
    'circulars/conges_maladie_2019.circ:279',
)
_CITE_REPRISE_SUR_DECISION = rt.Citation(
    (
        'ceux-ci ne sont autorisés à reprendre leurs fonctions qu’après notification de la '
        'décision d’aptitude à la reprise et ce quelles que soient les modalités de cette reprise '
        '(temps plein, TPTH…).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3007,
)
_CITE_REPRISE_SUR_DECISION_2 = rt.Citation(
    (
        'Au-delà des 12 mois consécutifs de congé de maladie ordinaire et pour les agents placés '
        'en CLM, CLD, CGM ou en disponibilité pour raison de santé, il est rappelé que'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3005,
)
_CITE_REPRISE_SUR_DECISION_3 = rt.Citation(
    (
        'Cette décision (arrêté d’autorisation de reprise) est prise après avis du CMD '
        'territorialement compétent.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3009,
)
_CITE_REPRISE_SUR_DECISION_4 = rt.Citation(
    (
        'Dans l’attente de cette décision, aucun congé de maladie ordinaire ne devra être saisi '
        'dans les bases de gestion sous peine de générer des mouvements de paye erronés. Les '
        'arrêts de travail qui seraient réceptionnés dans les établissements ou services '
        'd’affectation doivent être transmis aux BAM, au SAM ou à la DEEP s’agissant des '
        'établissements privés sous contrat.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3014,
)
_CITE_REPRISE_SUR_DECISION_5 = rt.Citation(
    (
        'L’agent peut être réintégré et pourra reprendre ses fonctions après réception de la '
        'décision l’autorisant à cette reprise :'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3022,
)
_CITE_REPRISE_SUR_DECISION_6 = rt.Citation(
    (
        'Après un congé long (12 mois de congé\nmaladie, CLM, CLD) vous ne pouvez pas\nreprendre '
        'vos fonctions en l’absence de\ndécision de l’administration.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3714,
)
_CITE_REPRISE_SUR_DECISION_7 = rt.Citation(
    (
        'Vous pouvez reprendre votre travail à l’issue d’une période de\nCLM/CLD à temps complet '
        'ou à temps partiel thérapeutique si\nvous êtes reconnu apte, après examen médical et '
        'avis\nfavorable du Comité Médical.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3658,
)
_RULE_REPRISE_SUR_DECISION = rt.RuleInfo(
    'reprise_sur_décision',
    'Reprise après un congé long : seulement après notification de la décision',
    'information',
    (
        _CITE_REPRISE_SUR_DECISION,
        _CITE_REPRISE_SUR_DECISION_2,
        _CITE_REPRISE_SUR_DECISION_3,
        _CITE_REPRISE_SUR_DECISION_4,
        _CITE_REPRISE_SUR_DECISION_5,
        _CITE_REPRISE_SUR_DECISION_6,
        _CITE_REPRISE_SUR_DECISION_7,
    ),
    'circulars/conges_maladie_2019.circ:288',
)
_NOTICE_REPRISE_SUR_DECISION = rt.Finding(
    _RULE_REPRISE_SUR_DECISION,
    rt.Outcome.NOTICE,
    'information',
    (
        'Vous ne pourrez reprendre vos fonctions, à temps plein comme à temps partiel '
        "thérapeutique, qu'après notification de l'arrêté d'autorisation de reprise, pris après "
        "avis du comité médical départemental. Dans l'attente, aucun congé de maladie ordinaire "
        "n'est saisi et les arrêts reçus sont transmis au BAM, au SAM ou à la DEEP."
    ),
    (),
)
_CITE_REPRISE_LIBRE = rt.Citation(
    (
        'Au-delà de six mois consécutifs de congé de maladie ordinaire, et avant d’atteindre les '
        '12 mois, l’agent peut reprendre à tout moment, à sa demande. Il convient d’en informer le '
        'service des affaires médicales compétent selon les modalités décrites au chapitre III.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3001,
)
_CITE_REPRISE_LIBRE_2 = rt.Citation(
    (
        'Entre le 6e et le 12e mois de CMO, l’agent peut reprendre son poste. Le service ou '
        'l’établissement d’affectation devra établir une attestation qui sera adressée au BAM ou '
        'au SAM via le service de gestion de carrière de l’agent.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2926,
)
_RULE_REPRISE_LIBRE = rt.RuleInfo(
    'reprise_libre',
    'Entre le 6e et le 12e mois de CMO : reprise à tout moment',
    'information',
    (_CITE_REPRISE_LIBRE, _CITE_REPRISE_LIBRE_2),
    'circulars/conges_maladie_2019.circ:299',
)
_NOTICE_REPRISE_LIBRE = rt.Finding(
    _RULE_REPRISE_LIBRE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Tant que vous n'avez pas cumulé 12 mois de CMO consécutifs, vous pouvez reprendre vos "
        'fonctions à tout moment ; au-delà de 6 mois, votre service ou établissement établit une '
        'attestation de reprise adressée au BAM ou au SAM.'
    ),
    (),
)
_CITE_RENONCIATION_PREMIERE_PERIODE = rt.Citation(
    (
        'dans l’attente de l’attribution d’une première période de CLM ou CGM, l’agent peut '
        'renoncer à sa demande : il devra le notifier par écrit adressé au BAM/SAM, accompagné '
        'd’un certificat médical simple.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2922,
)
_CITE_RENONCIATION_PREMIERE_PERIODE_2 = rt.Citation(
    'Le CMD sera dessaisi de l’instruction de ce dossier par le BAM ou le SAM.',
    'sources/004_2d4123b577c6e586.txt',
    2924,
)
_RULE_RENONCIATION_PREMIERE_PERIODE = rt.RuleInfo(
    'renonciation_première_période',
    'Renonciation : seulement à une demande de CLM ou de CGM',
    'bloquante',
    (_CITE_RENONCIATION_PREMIERE_PERIODE, _CITE_RENONCIATION_PREMIERE_PERIODE_2),
    'circulars/conges_maladie_2019.circ:305',
)
_CITE_INSTRUCTION_SANS_REPRISE = rt.Citation(
    (
        'l’agent en cours de CLM, de CLD, CGM, ou en CMO supérieur à douze mois, n’est pas '
        'autorisé à reprendre ses fonctions avant notification de la décision.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2917,
)
_CITE_INSTRUCTION_SANS_REPRISE_2 = rt.Citation(
    (
        'L’octroi d’un CLM ou d’un CGM débute au 1er jour de la période d’arrêt maladie sans '
        'interruption'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2984,
)
_CITE_INSTRUCTION_SANS_REPRISE_3 = rt.Citation(
    (
        'En cas de décision défavorable à l’octroi ou la prolongation du congé sollicité, prise '
        'après avis du CMD, l’agent est replacé en congé de maladie ordinaire.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2986,
)
_RULE_INSTRUCTION_SANS_REPRISE = rt.RuleInfo(
    'instruction_sans_reprise',
    "Pendant l'instruction d'un congé long : pas de reprise avant la décision",
    'information',
    (
        _CITE_INSTRUCTION_SANS_REPRISE,
        _CITE_INSTRUCTION_SANS_REPRISE_2,
        _CITE_INSTRUCTION_SANS_REPRISE_3,
    ),
    'circulars/conges_maladie_2019.circ:312',
)
_NOTICE_INSTRUCTION_SANS_REPRISE = rt.Finding(
    _RULE_INSTRUCTION_SANS_REPRISE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Durant l'instruction et jusqu'à la notification de la décision, vous n'êtes pas "
        "autorisé à reprendre vos fonctions. Le CLM ou le CGM débute au premier jour de l'arrêt "
        'maladie continu ; en cas de refus après avis du comité médical, vous êtes replacé en '
        'congé de maladie ordinaire.'
    ),
    (),
)
_CITE_DOSSIER_COMPLET = rt.Citation(
    (
        'Dès lors que ce dossier est recevable et complet pour la saisine du comité médical, le '
        'BAM/SAM en informe l’agent par courrier.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2914,
)
_CITE_DOSSIER_COMPLET_2 = rt.Citation(
    'Pièces à transmettre à votre chef d’établissement ou de service :',
    'sources/004_2d4123b577c6e586.txt',
    3554,
)
_RULE_DOSSIER_COMPLET = rt.RuleInfo(
    'dossier_complet',
    'Congé long : dossier complet pour la saisine du comité médical',
    'bloquante',
    (_CITE_DOSSIER_COMPLET, _CITE_DOSSIER_COMPLET_2),
    'circulars/conges_maladie_2019.circ:321',
)
_CITE_DROITS_CONGE = rt.Citation(
    (
        'Les droits à congés sont calculés au jour le jour, suivant le principe de l’année de '
        'référence mobile, et ce à partir de la date de début du congé demandé. L’année de '
        'référence mobile comprend tous les jours appartenant à la période d’une année précédant '
        'le premier jour de la période du congé dont on examine les droits.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2796,
)
_CITE_DROITS_CONGE_2 = rt.Citation(
    (
        "Si vous êtes atteint d'une maladie grave et invalidante, qui rend\nnécessaire un "
        'traitement et des soins prolongés, vous pouvez\ndemander à bénéficier d’un Congé de '
        'Longue Maladie (durée\nmaximale : 3 ans).'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3547,
)
_CITE_DROITS_CONGE_3 = rt.Citation(
    (
        'La durée totale maximale est de 5 ans :\n1 an de CLM plein traitement + 2 ans de CLD '
        'plein traitement +\n2 ans de CLD demi traitement.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3649,
)
_CITE_DROITS_CONGE_4 = rt.Citation(
    (
        'Il est\noctroyé pour une période maximale de 3\nans (1 an plein traitement + 2 ans à '
        'demi\ntraitement)'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3720,
)
_RULE_DROITS_CONGE = rt.RuleInfo(
    'droits_congé',
    'Durée maximale et rémunération du congé',
    'information',
    (_CITE_DROITS_CONGE, _CITE_DROITS_CONGE_2, _CITE_DROITS_CONGE_3, _CITE_DROITS_CONGE_4),
    'circulars/conges_maladie_2019.circ:329',
)
_CITE_OBLIGATIONS = rt.Citation(
    'Ces droits à congés sont assortis des obligations suivantes pour les agents :',
    'sources/004_2d4123b577c6e586.txt',
    2515,
)
_CITE_OBLIGATIONS_2 = rt.Citation(
    "Obligation pour l'agent de se soumettre aux visites de contrôle",
    'sources/004_2d4123b577c6e586.txt',
    2519,
)
_CITE_OBLIGATIONS_3 = rt.Citation(
    'Obligation de se soumettre aux prescriptions médicales ;',
    'sources/004_2d4123b577c6e586.txt',
    2520,
)
_CITE_OBLIGATIONS_4 = rt.Citation(
    'vos obligations en congé de maladie :', 'sources/004_2d4123b577c6e586.txt', 3727
)
_CITE_OBLIGATIONS_5 = rt.Citation(
    'Communiquer à son administration tout changement d’adresse\nmême temporaire,',
    'sources/004_2d4123b577c6e586.txt',
    3728,
)
_CITE_OBLIGATIONS_6 = rt.Citation(
    'Se présenter aux contre visites,', 'sources/004_2d4123b577c6e586.txt', 3730
)
_CITE_OBLIGATIONS_7 = rt.Citation(
    'Cesser toute activité rémunérée', 'sources/004_2d4123b577c6e586.txt', 3731
)
_CITE_OBLIGATIONS_8 = rt.Citation(
    'Obligation de cesser tout travail rémunéré', 'sources/004_2d4123b577c6e586.txt', 2521
)
_CITE_OBLIGATIONS_9 = rt.Citation(
    'Obligation de notifier tout changement de résidence.', 'sources/004_2d4123b577c6e586.txt', 2522
)
_RULE_OBLIGATIONS = rt.RuleInfo(
    'obligations',
    "Obligations de l'agent en congé de maladie",
    'information',
    (
        _CITE_OBLIGATIONS,
        _CITE_OBLIGATIONS_2,
        _CITE_OBLIGATIONS_3,
        _CITE_OBLIGATIONS_4,
        _CITE_OBLIGATIONS_5,
        _CITE_OBLIGATIONS_6,
        _CITE_OBLIGATIONS_7,
        _CITE_OBLIGATIONS_8,
        _CITE_OBLIGATIONS_9,
    ),
    'circulars/conges_maladie_2019.circ:337',
)
_NOTICE_OBLIGATIONS = rt.Finding(
    _RULE_OBLIGATIONS,
    rt.Outcome.NOTICE,
    'information',
    (
        'En congé de maladie, vous devez transmettre vos arrêts de travail sous 48 heures, vous '
        'soumettre aux visites de contrôle et aux prescriptions médicales, cesser tout travail '
        'rémunéré et signaler tout changement de résidence, même temporaire.'
    ),
    (),
)
_CITE_FIN_DE_DROITS_TITULAIRE = rt.Citation(
    (
        'Pour les agents ayant épuisé leur droit à congé (CMO CLM CLD CGM), et dans l’attente de '
        'l’avis obligatoire du comité médical et de l’autorisation de reprise, un demi traitement '
        'leur est versé.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2963,
)
_CITE_FIN_DE_DROITS_TITULAIRE_2 = rt.Citation(
    (
        'La disponibilité d’office pour raison de santé après expiration des droits à congé '
        '(titulaires uniquement). Elle est accordée pour une durée maximale d’un an et peut-être '
        'renouvelée à deux reprises pour une durée égale.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3060,
)
_CITE_FIN_DE_DROITS_TITULAIRE_3 = rt.Citation(
    (
        'A l’expiration de la troisième année de disponibilité, si l’agent est inapte à reprendre '
        'son service, mais s’il résulte de l’avis du comité médical qu’il doit normalement pouvoir '
        'reprendre ses fonctions avant l’expiration d’une nouvelle année, la disponibilité peut '
        'faire l’objet d’un troisième renouvellement pour une 4ème année de disponibilité d’office.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3062,
)
_CITE_FIN_DE_DROITS_TITULAIRE_4 = rt.Citation(
    'La position de disponibilité d’office n’ouvre plus droit au maintien du traitement.',
    'sources/004_2d4123b577c6e586.txt',
    3066,
)
_RULE_FIN_DE_DROITS_TITULAIRE = rt.RuleInfo(
    'fin_de_droits_titulaire',
    "Droits épuisés (fonctionnaire) : demi-traitement, disponibilité d'office",
    'information',
    (
        _CITE_FIN_DE_DROITS_TITULAIRE,
        _CITE_FIN_DE_DROITS_TITULAIRE_2,
        _CITE_FIN_DE_DROITS_TITULAIRE_3,
        _CITE_FIN_DE_DROITS_TITULAIRE_4,
    ),
    'circulars/conges_maladie_2019.circ:349',
)
_NOTICE_FIN_DE_DROITS_TITULAIRE = rt.Finding(
    _RULE_FIN_DE_DROITS_TITULAIRE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Vos droits à congé sont épuisés : dans l'attente de l'avis du comité médical et de "
        "l'autorisation de reprise, un demi-traitement vous est versé. En cas d'inaptitude "
        "temporaire, le fonctionnaire titulaire peut être placé en disponibilité d'office pour "
        'raison de santé (un an, renouvelable deux fois, exceptionnellement une quatrième année), '
        'sans traitement ; le stagiaire, en congé sans traitement.'
    ),
    (),
)
_CITE_FIN_DE_DROITS_NON_TITULAIRE = rt.Citation(
    (
        'Si inapte temporairement: 1 an maximum de congé sans traitement, prolongation possible de '
        '6 mois sur avis médical'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2879,
)
_CITE_FIN_DE_DROITS_NON_TITULAIRE_2 = rt.Citation(
    (
        'Le congé sans traitement pour les agents non titulaires, pour une année, éventuellement '
        "prolongée de 6 mois s'il résulte d'un avis médical que l'agent sera susceptible de "
        "reprendre ses fonctions à l'issue de cette période complémentaire."
    ),
    'sources/004_2d4123b577c6e586.txt',
    3069,
)
_CITE_FIN_DE_DROITS_NON_TITULAIRE_3 = rt.Citation(
    'Après le congé sans traitement: licenciement si pas de possibilité de reclassement',
    'sources/004_2d4123b577c6e586.txt',
    2883,
)
_RULE_FIN_DE_DROITS_NON_TITULAIRE = rt.RuleInfo(
    'fin_de_droits_non_titulaire',
    'Droits épuisés (non titulaire) : congé sans traitement',
    'information',
    (
        _CITE_FIN_DE_DROITS_NON_TITULAIRE,
        _CITE_FIN_DE_DROITS_NON_TITULAIRE_2,
        _CITE_FIN_DE_DROITS_NON_TITULAIRE_3,
    ),
    'circulars/conges_maladie_2019.circ:357',
)
_NOTICE_FIN_DE_DROITS_NON_TITULAIRE = rt.Finding(
    _RULE_FIN_DE_DROITS_NON_TITULAIRE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Vos droits à congé sont épuisés : en cas d'inaptitude temporaire, vous pouvez être placé "
        'en congé sans traitement pour un an, prolongeable de 6 mois sur avis médical ; à défaut '
        "de reclassement, ou en cas d'inaptitude définitive à toute fonction, un licenciement "
        'peut être prononcé.'
    ),
    (),
)
_CITE_RETRAITE_INVALIDITE = rt.Citation(
    (
        'La demande de retraite pour invalidité après un CLM ou un CLD ou à la fin des droits '
        'statutaires à CMO ou disponibilité d’office pour raison de santé (DO), doit être '
        'présentée en même temps que la dernière période de renouvellement du dernier congé '
        'précité accordé et doit être adressée, au service concerné (BAM ou SAM), et comporter les '
        'pièces suivantes :'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3093,
)
_CITE_RETRAITE_INVALIDITE_2 = rt.Citation(
    (
        'La décision est prise après avis du comité médical départemental ou de la commission de '
        'réforme compétents.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3104,
)
_CITE_RETRAITE_INVALIDITE_3 = rt.Citation(
    'dans l’attente de cette décision, l’agent est maintenu à demi-traitement.',
    'sources/004_2d4123b577c6e586.txt',
    3106,
)
_RULE_RETRAITE_INVALIDITE = rt.RuleInfo(
    'retraite_invalidité',
    'Retraite pour invalidité : demande avec la dernière période de congé',
    'information',
    (_CITE_RETRAITE_INVALIDITE, _CITE_RETRAITE_INVALIDITE_2, _CITE_RETRAITE_INVALIDITE_3),
    'circulars/conges_maladie_2019.circ:364',
)
_NOTICE_RETRAITE_INVALIDITE = rt.Finding(
    _RULE_RETRAITE_INVALIDITE,
    rt.Outcome.NOTICE,
    'information',
    (
        'La demande de retraite pour invalidité se présente en même temps que la dernière période '
        'de renouvellement du congé, au BAM ou au SAM ; la décision est prise après avis du comité '
        'médical ou de la commission de réforme, et vous êtes maintenu à demi-traitement dans '
        "l'attente."
    ),
    (),
)
_CITE_SIX_MOIS_CMO = rt.Citation(
    'Avis obligatoire du CMD dès 6 mois consécutifs de CMO',
    'sources/004_2d4123b577c6e586.txt',
    2655,
)
_CITE_DOUZE_MOIS_CMO = rt.Citation(
    'L’agent peut reprendre ses fonctions tant qu’il n’a pas cumulé 12 mois de CMO consécutifs.',
    'sources/004_2d4123b577c6e586.txt',
    2905,
)
_CITE_AVIS_CMD = rt.Citation(
    '1. La prolongation des congés de maladie au-delà de six mois consécutifs',
    'sources/004_2d4123b577c6e586.txt',
    2944,
)
_CITE_AVIS_CMD_2 = rt.Citation(
    "2. L'octroi des congés de longue maladie et de longue durée ;",
    'sources/004_2d4123b577c6e586.txt',
    2945,
)
_CITE_AVIS_CMD_3 = rt.Citation(
    'Il est consulté obligatoirement en ce qui concerne :', 'sources/004_2d4123b577c6e586.txt', 2943
)
_CITE_AVIS_CMD_4 = rt.Citation(
    (
        "L'avis du Comité Médical Départemental est également\nobligatoire pour la reprise de "
        "travail après 12 mois consécutifs\nd'arrêt : dans ce cas, vous ne pouvez pas reprendre "
        'vos\nfonctions tant que la décision ne vous a pas été notifiée par le\nrectorat.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3538,
)
_CITE_AVIS_CMD_5 = rt.Citation(
    'Les demandes de reprise de fonction sont également soumises\naux comités médicaux.',
    'sources/004_2d4123b577c6e586.txt',
    3638,
)
_CITE_AVIS_CMD_6 = rt.Citation(
    '3. Le renouvellement des congés de longue maladie et de longue durée ;',
    'sources/004_2d4123b577c6e586.txt',
    2946,
)
_CITE_AVIS_CMD_7 = rt.Citation(
    (
        "4. La réintégration après douze mois consécutifs de congé de maladie ou à l'issue d'un "
        'congé de longue maladie ou de longue durée ;'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2947,
)
_OPINION_AVIS_CMD = rt.OpinionInfo(
    'avis_cmd',
    'Avis du comité médical départemental',
    'obligatoire',
    _SERVICE_CMD,
    (
        _CITE_AVIS_CMD,
        _CITE_AVIS_CMD_2,
        _CITE_AVIS_CMD_3,
        _CITE_AVIS_CMD_4,
        _CITE_AVIS_CMD_5,
        _CITE_AVIS_CMD_6,
        _CITE_AVIS_CMD_7,
    ),
)
_SERVICE_MEDECIN_AGREE = rt.Recipient(
    'médecin_agréé', 'Médecin agréé (expertise médicale)', True, None
)
_CITE_EXPERTISE_AGREE = rt.Citation(
    "Nécessite l'avis favorable du CMD après expertise du médecin agréé",
    'sources/004_2d4123b577c6e586.txt',
    2585,
)
_CITE_EXPERTISE_AGREE_2 = rt.Citation(
    "Nécessite l'avis favorable du CMD et une expertise médicale par un médecin agréé",
    'sources/004_2d4123b577c6e586.txt',
    2859,
)
_CITE_EXPERTISE_AGREE_3 = rt.Citation(
    'Le RDV auprès du médecin expert est\nobligatoire.', 'sources/004_2d4123b577c6e586.txt', 3702
)
_CITE_EXPERTISE_AGREE_4 = rt.Citation(
    (
        'Afin de pouvoir émettre un avis sur l’état de santé de l’agent, le CMD adresse si besoin '
        'ce dernier auprès d’un médecin spécialiste de sa pathologie pour expertise médicale. En '
        'l’absence du rapport consécutif à cette expertise, le CMD ne pourra statuer et émet un '
        'procès-verbal de carence, ce qui a pour effet de retarder l’examen médical de l’agent et '
        'la décision consécutive à sa demande.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    2954,
)
_CITE_EXPERTISE_AGREE_5 = rt.Citation(
    (
        'A la demande du comité médical, vous devrez prendre RDV auprès d’un médecin expert '
        'qu’elle vous indiquera.'
    ),
    'sources/004_2d4123b577c6e586.txt',
    3579,
)
_CITE_EXPERTISE_AGREE_6 = rt.Citation(
    'Les frais de cette visite sont à la charge de\nl’administration.',
    'sources/004_2d4123b577c6e586.txt',
    3708,
)
_OPINION_EXPERTISE_AGREE = rt.OpinionInfo(
    'expertise_agréé',
    'Expertise par un médecin agréé (ou un médecin spécialiste désigné par le comité médical)',
    'obligatoire',
    _SERVICE_MEDECIN_AGREE,
    (
        _CITE_EXPERTISE_AGREE,
        _CITE_EXPERTISE_AGREE_2,
        _CITE_EXPERTISE_AGREE_3,
        _CITE_EXPERTISE_AGREE_4,
        _CITE_EXPERTISE_AGREE_5,
        _CITE_EXPERTISE_AGREE_6,
    ),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/commun.circ:8
    agent_statut: Literal['titulaire', 'stagiaire', 'contractuel'] | None = Field(
        default=None, alias='agent.statut', title="Statut de l'agent"
    )
    # circulars/commun.circ:44
    agent_categorie_personnel: Literal[
        'enseignant_premier_degré_public',
        'enseignant_second_degré_public',
        'enseignant_premier_degré_privé',
        'enseignant_second_degré_privé',
        'encadrement',
        'atss',
        'aed',
        'aesh',
        'autre_personnel',
    ] | None = Field(
        default=None,
        alias='agent.catégorie_personnel',
        title="Catégorie de personnel (orientation des dossiers dans l'académie d'Aix-Marseille)",
    )
    # circulars/commun.circ:69
    agent_position: Literal[
        'activité',
        'mise_à_disposition',
        'détachement',
        'disponibilité_office_santé',
        'disponibilité',
        'congé_parental',
        'autre_position',
    ] | None = Field(default=None, alias='agent.position', title='Position administrative')
    # circulars/commun.circ:103
    arret_date_etablissement: datetime.date | None = Field(
        default=None,
        alias='arrêt.date_établissement',
        title="Date d'établissement de l'arrêt de travail (initial ou de prolongation)",
    )
    # circulars/commun.circ:105
    arret_date_transmission: datetime.date | None = Field(
        default=None,
        alias='arrêt.date_transmission',
        title=(
            "Date de transmission de l'arrêt de travail à l'administration (supérieur "
            'hiérarchique)'
        ),
    )
    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(
        default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande'
    )
    # circulars/conges_maladie_2019.circ:25
    conge_type: Literal['cmo', 'clm', 'cld', 'cm', 'cgm'] | None = Field(
        default=None, alias='congé.type', title='Congé concerné'
    )
    # circulars/conges_maladie_2019.circ:33
    dossier_objet: Literal[
        'arrêt', 'octroi', 'renouvellement', 'reprise', 'renonciation'
    ] | None = Field(default=None, alias='dossier.objet', title='Objet de la démarche')
    # circulars/conges_maladie_2019.circ:41
    arret_date_debut_continu: datetime.date | None = Field(
        default=None,
        alias='arrêt.date_début_continu',
        title="Date de début de l'arrêt de maladie continu",
    )
    # circulars/conges_maladie_2019.circ:43
    conge_date_fin: datetime.date | None = Field(
        default=None,
        alias='congé.date_fin',
        title="Date de fin de l'arrêt ou de la période de congé demandée",
    )
    # circulars/conges_maladie_2019.circ:45
    conge_date_fin_periode_en_cours: datetime.date | None = Field(
        default=None,
        alias='congé.date_fin_période_en_cours',
        title='Date de fin de la période de congé en cours',
    )
    # circulars/conges_maladie_2019.circ:47
    conge_duree_periode: Annotated[int, Field(ge=0, le=12)] | None = Field(
        default=None,
        alias='congé.durée_période',
        title='Durée de la période de congé long demandée',
    )
    # circulars/conges_maladie_2019.circ:49
    conge_affection_cld: bool | None = Field(
        default=None,
        alias='congé.affection_cld',
        title=(
            "L'affection relève de l'une des 5 affections ouvrant droit au CLD (arrêté du "
            '14/03/1986)'
        ),
    )
    # circulars/conges_maladie_2019.circ:51
    conge_cld_meme_affection: bool | None = Field(
        default=None,
        alias='congé.cld_même_affection',
        title='Un CLD a déjà été accordé pour la même affection au cours de la carrière',
    )
    # circulars/conges_maladie_2019.circ:53
    conge_duree_clm_accomplie: Annotated[int, Field(ge=0, le=60)] | None = Field(
        default=None,
        alias='congé.durée_clm_accomplie',
        title='Durée de CLM déjà accomplie pour cette affection',
    )
    # circulars/conges_maladie_2019.circ:55
    agent_clm_anterieur: bool | None = Field(
        default=None,
        alias='agent.clm_antérieur',
        title="L'agent a déjà obtenu un CLM qui a pris fin (nouvelle demande, hors renouvellement)",
    )
    # circulars/conges_maladie_2019.circ:57
    agent_reprise_depuis_clm: Annotated[int, Field(ge=0, le=600)] | None = Field(
        default=None,
        alias='agent.reprise_depuis_clm',
        title="Durée d'exercice des fonctions depuis la fin du précédent CLM",
    )
    # circulars/conges_maladie_2019.circ:59
    agent_anciennete_services: Annotated[int, Field(ge=0, le=600)] | None = Field(
        default=None,
        alias='agent.ancienneté_services',
        title='Ancienneté de services continus (agent non titulaire)',
    )
    # circulars/conges_maladie_2019.circ:61
    agent_contrat_date_fin: datetime.date | None = Field(
        default=None,
        alias='agent.contrat_date_fin',
        title='Date de fin du contrat (agent non titulaire)',
    )
    # circulars/conges_maladie_2019.circ:63
    conge_droits_epuises: bool | None = Field(
        default=None,
        alias='congé.droits_épuisés',
        title="L'agent a épuisé ses droits à congé (CMO, CLM, CLD ou CGM)",
    )
    # circulars/conges_maladie_2019.circ:65
    dossier_retraite_invalidite: bool | None = Field(
        default=None,
        alias='dossier.retraite_invalidité',
        title="Demande de retraite pour invalidité à l'issue de la dernière période de congé",
    )
    # circulars/conges_maladie_2019.circ:323
    dossier_pieces_fournies: frozenset[
        Literal[
            'arrêt_de_travail',
            'arrêts_originaux',
            'demande_écrite',
            'certificat_simple',
            'certificat_détaillé',
            'demande_reprise',
            'attestation_reprise',
            'lettre_renonciation',
            'lettre_retraite',
            'certificat_retraite',
            'dossier_retraite',
        ]
    ] | None = Field(
        default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur'
    )

    french_fields: ClassVar[dict[str, str]] = {
        'arrêt.date_établissement': 'date',
        'arret_date_etablissement': 'date',
        'arrêt.date_transmission': 'date',
        'arret_date_transmission': 'date',
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'arrêt.date_début_continu': 'date',
        'arret_date_debut_continu': 'date',
        'congé.date_fin': 'date',
        'conge_date_fin': 'date',
        'congé.date_fin_période_en_cours': 'date',
        'conge_date_fin_periode_en_cours': 'date',
        'congé.durée_période': 'number',
        'conge_duree_periode': 'number',
        'congé.affection_cld': 'boolean',
        'conge_affection_cld': 'boolean',
        'congé.cld_même_affection': 'boolean',
        'conge_cld_meme_affection': 'boolean',
        'congé.durée_clm_accomplie': 'number',
        'conge_duree_clm_accomplie': 'number',
        'agent.clm_antérieur': 'boolean',
        'agent_clm_anterieur': 'boolean',
        'agent.reprise_depuis_clm': 'number',
        'agent_reprise_depuis_clm': 'number',
        'agent.ancienneté_services': 'number',
        'agent_anciennete_services': 'number',
        'agent.contrat_date_fin': 'date',
        'agent_contrat_date_fin': 'date',
        'congé.droits_épuisés': 'boolean',
        'conge_droits_epuises': 'boolean',
        'dossier.retraite_invalidité': 'boolean',
        'dossier_retraite_invalidite': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'congé.durée_période': 'mois',
        'conge_duree_periode': 'mois',
        'congé.durée_clm_accomplie': 'mois',
        'conge_duree_clm_accomplie': 'mois',
        'agent.reprise_depuis_clm': 'mois',
        'agent_reprise_depuis_clm': 'mois',
        'agent.ancienneté_services': 'mois',
        'agent_anciennete_services': 'mois',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_STATUT = rt.plain_reader(Facts, 'agent.statut')
_READ_AGENT_CATEGORIE_PERSONNEL = rt.plain_reader(Facts, 'agent.catégorie_personnel')
_READ_AGENT_POSITION = rt.plain_reader(Facts, 'agent.position')
_READ_ARRET_DATE_ETABLISSEMENT = rt.plain_reader(Facts, 'arrêt.date_établissement')
_READ_ARRET_DATE_TRANSMISSION = rt.plain_reader(Facts, 'arrêt.date_transmission')
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_CONGE_TYPE = rt.plain_reader(Facts, 'congé.type')
_READ_DOSSIER_OBJET = rt.plain_reader(Facts, 'dossier.objet')
_READ_ARRET_DATE_DEBUT_CONTINU = rt.plain_reader(Facts, 'arrêt.date_début_continu')
_READ_CONGE_DATE_FIN = rt.plain_reader(Facts, 'congé.date_fin')
_READ_CONGE_DATE_FIN_PERIODE_EN_COURS = rt.plain_reader(Facts, 'congé.date_fin_période_en_cours')
_READ_CONGE_DUREE_PERIODE = rt.plain_reader(Facts, 'congé.durée_période')
_READ_CONGE_AFFECTION_CLD = rt.plain_reader(Facts, 'congé.affection_cld')
_READ_CONGE_CLD_MEME_AFFECTION = rt.plain_reader(Facts, 'congé.cld_même_affection')
_READ_CONGE_DUREE_CLM_ACCOMPLIE = rt.plain_reader(Facts, 'congé.durée_clm_accomplie')
_READ_AGENT_CLM_ANTERIEUR = rt.plain_reader(Facts, 'agent.clm_antérieur')
_READ_AGENT_REPRISE_DEPUIS_CLM = rt.plain_reader(Facts, 'agent.reprise_depuis_clm')
_READ_AGENT_ANCIENNETE_SERVICES = rt.plain_reader(Facts, 'agent.ancienneté_services')
_READ_AGENT_CONTRAT_DATE_FIN = rt.plain_reader(Facts, 'agent.contrat_date_fin')
_READ_CONGE_DROITS_EPUISES = rt.plain_reader(Facts, 'congé.droits_épuisés')
_READ_DOSSIER_RETRAITE_INVALIDITE = rt.plain_reader(Facts, 'dossier.retraite_invalidité')
_READ_DOSSIER_PIECES_FOURNIES = rt.plain_reader(Facts, 'dossier.pièces_fournies')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal['titulaire', 'stagiaire', 'contractuel'] | None,
    Literal[
        'enseignant_premier_degré_public',
        'enseignant_second_degré_public',
        'enseignant_premier_degré_privé',
        'enseignant_second_degré_privé',
        'encadrement',
        'atss',
        'aed',
        'aesh',
        'autre_personnel',
    ] | None,
    Literal[
        'activité',
        'mise_à_disposition',
        'détachement',
        'disponibilité_office_santé',
        'disponibilité',
        'congé_parental',
        'autre_position',
    ] | None,
    datetime.date | None,
    datetime.date | None,
    datetime.date | None,
    Literal['cmo', 'clm', 'cld', 'cm', 'cgm'] | None,
    Literal['arrêt', 'octroi', 'renouvellement', 'reprise', 'renonciation'] | None,
    datetime.date | None,
    datetime.date | None,
    datetime.date | None,
    Annotated[int, Field(ge=0, le=12)] | None,
    bool | None,
    bool | None,
    Annotated[int, Field(ge=0, le=60)] | None,
    bool | None,
    Annotated[int, Field(ge=0, le=600)] | None,
    Annotated[int, Field(ge=0, le=600)] | None,
    datetime.date | None,
    bool | None,
    bool | None,
    frozenset[
        Literal[
            'arrêt_de_travail',
            'arrêts_originaux',
            'demande_écrite',
            'certificat_simple',
            'certificat_détaillé',
            'demande_reprise',
            'attestation_reprise',
            'lettre_renonciation',
            'lettre_retraite',
            'certificat_retraite',
            'dossier_retraite',
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
            agent_categorie_personnel = situation.get('agent.catégorie_personnel')
            if agent_categorie_personnel is not None:
                agent_categorie_personnel = (
                    _READ_AGENT_CATEGORIE_PERSONNEL(agent_categorie_personnel)
                )
            agent_position = situation.get('agent.position')
            if agent_position is not None:
                agent_position = _READ_AGENT_POSITION(agent_position)
            arret_date_etablissement = situation.get('arrêt.date_établissement')
            if arret_date_etablissement is not None:
                arret_date_etablissement = _READ_ARRET_DATE_ETABLISSEMENT(arret_date_etablissement)
            arret_date_transmission = situation.get('arrêt.date_transmission')
            if arret_date_transmission is not None:
                arret_date_transmission = _READ_ARRET_DATE_TRANSMISSION(arret_date_transmission)
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            conge_type = situation.get('congé.type')
            if conge_type is not None:
                conge_type = _READ_CONGE_TYPE(conge_type)
            dossier_objet = situation.get('dossier.objet')
            if dossier_objet is not None:
                dossier_objet = _READ_DOSSIER_OBJET(dossier_objet)
            arret_date_debut_continu = situation.get('arrêt.date_début_continu')
            if arret_date_debut_continu is not None:
                arret_date_debut_continu = _READ_ARRET_DATE_DEBUT_CONTINU(arret_date_debut_continu)
            conge_date_fin = situation.get('congé.date_fin')
            if conge_date_fin is not None:
                conge_date_fin = _READ_CONGE_DATE_FIN(conge_date_fin)
            conge_date_fin_periode_en_cours = situation.get('congé.date_fin_période_en_cours')
            if conge_date_fin_periode_en_cours is not None:
                conge_date_fin_periode_en_cours = (
                    _READ_CONGE_DATE_FIN_PERIODE_EN_COURS(conge_date_fin_periode_en_cours)
                )
            conge_duree_periode = situation.get('congé.durée_période')
            if conge_duree_periode is not None:
                conge_duree_periode = _READ_CONGE_DUREE_PERIODE(conge_duree_periode)
            conge_affection_cld = situation.get('congé.affection_cld')
            if conge_affection_cld is not None and type(conge_affection_cld) is not bool:
                conge_affection_cld = _READ_CONGE_AFFECTION_CLD(conge_affection_cld)
            conge_cld_meme_affection = situation.get('congé.cld_même_affection')
            if conge_cld_meme_affection is not None and type(conge_cld_meme_affection) is not bool:
                conge_cld_meme_affection = _READ_CONGE_CLD_MEME_AFFECTION(conge_cld_meme_affection)
            conge_duree_clm_accomplie = situation.get('congé.durée_clm_accomplie')
            if conge_duree_clm_accomplie is not None:
                conge_duree_clm_accomplie = (
                    _READ_CONGE_DUREE_CLM_ACCOMPLIE(conge_duree_clm_accomplie)
                )
            agent_clm_anterieur = situation.get('agent.clm_antérieur')
            if agent_clm_anterieur is not None and type(agent_clm_anterieur) is not bool:
                agent_clm_anterieur = _READ_AGENT_CLM_ANTERIEUR(agent_clm_anterieur)
            agent_reprise_depuis_clm = situation.get('agent.reprise_depuis_clm')
            if agent_reprise_depuis_clm is not None:
                agent_reprise_depuis_clm = _READ_AGENT_REPRISE_DEPUIS_CLM(agent_reprise_depuis_clm)
            agent_anciennete_services = situation.get('agent.ancienneté_services')
            if agent_anciennete_services is not None:
                agent_anciennete_services = (
                    _READ_AGENT_ANCIENNETE_SERVICES(agent_anciennete_services)
                )
            agent_contrat_date_fin = situation.get('agent.contrat_date_fin')
            if agent_contrat_date_fin is not None:
                agent_contrat_date_fin = _READ_AGENT_CONTRAT_DATE_FIN(agent_contrat_date_fin)
            conge_droits_epuises = situation.get('congé.droits_épuisés')
            if conge_droits_epuises is not None and type(conge_droits_epuises) is not bool:
                conge_droits_epuises = _READ_CONGE_DROITS_EPUISES(conge_droits_epuises)
            dossier_retraite_invalidite = situation.get('dossier.retraite_invalidité')
            if (
                dossier_retraite_invalidite is not None
                and type(dossier_retraite_invalidite) is not bool
            ):
                dossier_retraite_invalidite = (
                    _READ_DOSSIER_RETRAITE_INVALIDITE(dossier_retraite_invalidite)
                )
            dossier_pieces_fournies = situation.get('dossier.pièces_fournies')
            if dossier_pieces_fournies is not None:
                dossier_pieces_fournies = _READ_DOSSIER_PIECES_FOURNIES(dossier_pieces_fournies)
            return (
                agent_statut,
                agent_categorie_personnel,
                agent_position,
                arret_date_etablissement,
                arret_date_transmission,
                demande_date_depot,
                conge_type,
                dossier_objet,
                arret_date_debut_continu,
                conge_date_fin,
                conge_date_fin_periode_en_cours,
                conge_duree_periode,
                conge_affection_cld,
                conge_cld_meme_affection,
                conge_duree_clm_accomplie,
                agent_clm_anterieur,
                agent_reprise_depuis_clm,
                agent_anciennete_services,
                agent_contrat_date_fin,
                conge_droits_epuises,
                dossier_retraite_invalidite,
                dossier_pieces_fournies,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_statut,
        facts.agent_categorie_personnel,
        facts.agent_position,
        facts.arret_date_etablissement,
        facts.arret_date_transmission,
        facts.demande_date_depot,
        facts.conge_type,
        facts.dossier_objet,
        facts.arret_date_debut_continu,
        facts.conge_date_fin,
        facts.conge_date_fin_periode_en_cours,
        facts.conge_duree_periode,
        facts.conge_affection_cld,
        facts.conge_cld_meme_affection,
        facts.conge_duree_clm_accomplie,
        facts.agent_clm_anterieur,
        facts.agent_reprise_depuis_clm,
        facts.agent_anciennete_services,
        facts.agent_contrat_date_fin,
        facts.conge_droits_epuises,
        facts.dossier_retraite_invalidite,
        facts.dossier_pieces_fournies,
    )


@lru_cache(maxsize=4096)
def _documents(
    gestion_affaires_medicales: Any,
    condition_1: bool | None,
    gestion_service_rh: Any,
    condition_2: bool | None,
    condition_3: bool | None,
    condition_4: bool | None,
    condition_5: bool | None,
    condition_6: bool | None,
    condition_7: bool | None,
    condition_8: bool | None,
    condition_9: bool | None,
    dossier_retraite_invalidite: bool | None,
    condition_10: bool | None,
) -> tuple[tuple[rt.ChecklistItem, ...], tuple[rt.SubmissionInfo, ...]]:
    """The checklist and the submissions: they depend only on these conditions and recipients."""
    # a way of sending in 2 lists of ways of sending
    way_1 = rt.routed(
        'voie postale',
        False,
        (),
        (gestion_affaires_medicales,),
        (
            (
                'selon service rh compétent et service des affaires médicales selon la catégorie '
                'de personnel'
            ),
        ),
        True,
        None,
        (),
    )
    # the ways of sending of 5 documents
    deliveries_1 = rt.deliveries(way_1)
    # the ways of sending of 2 documents
    deliveries_2 = rt.deliveries(
        rt.routed(
            'main propre',
            False,
            (_SERVICE_SUPERIEUR_HIERARCHIQUE,),
            (),
            (),
            condition_1,
            'dossier.objet = octroi',
            (),
        ),
        way_1,
    )
    checklist: list[rt.ChecklistItem] = []
    condition: bool | None = condition_3
    if condition is True:
        checklist.append(_DOC_ARRET_DE_TRAVAIL)
    elif condition is None:
        checklist.append(_DOC_ARRET_DE_TRAVAIL_IF)
    condition = condition_4
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_ARRETS_ORIGINAUX,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'congé.type = cmo et dossier.objet = arrêt et non (congé.date_fin respecte '
                    'six_mois_cmo)'
                ),
                deliveries_1,
            )
        )
    condition = condition_5
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_DEMANDE_ECRITE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'congé.type dans {clm, cld, cgm} et dossier.objet dans {octroi, renouvellement}'
                ),
                deliveries_2,
            )
        )
    condition = condition_6
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_CERTIFICAT_SIMPLE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    '(congé.type dans {clm, cld, cgm} et dossier.objet dans {octroi, '
                    'renouvellement}) ou dossier.objet = renonciation'
                ),
                deliveries_2,
            )
        )
    condition = condition_5
    if condition is True:
        checklist.append(_DOC_CERTIFICAT_DETAILLE)
    elif condition is None:
        checklist.append(_DOC_CERTIFICAT_DETAILLE_IF)
    condition = condition_7
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_DEMANDE_REPRISE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'dossier.objet = reprise et (congé.type dans {clm, cld, cgm} ou (congé.type = '
                    'cmo et non (congé.date_fin_période_en_cours respecte douze_mois_cmo)))'
                ),
                deliveries_1,
            )
        )
    condition = condition_8
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_ATTESTATION_REPRISE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'dossier.objet = reprise et congé.type = cmo et '
                    'congé.date_fin_période_en_cours respecte douze_mois_cmo et non '
                    '(congé.date_fin_période_en_cours respecte six_mois_cmo)'
                ),
                rt.deliveries(
                    rt.routed(
                        'voie postale',
                        False,
                        (),
                        (gestion_service_rh, gestion_affaires_medicales),
                        (
                            (
                                'selon service rh compétent et service des affaires médicales '
                                'selon la catégorie de personnel'
                            ),
                            (
                                'selon service rh compétent et service des affaires médicales '
                                'selon la catégorie de personnel'
                            ),
                        ),
                        True,
                        None,
                        (),
                    )
                ),
            )
        )
    condition = condition_9
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_LETTRE_RENONCIATION,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'dossier.objet = renonciation',
                deliveries_1,
            )
        )
    condition = dossier_retraite_invalidite
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_LETTRE_RETRAITE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'dossier.retraite_invalidité',
                deliveries_1,
            )
        )
    condition = dossier_retraite_invalidite
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_CERTIFICAT_RETRAITE,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'dossier.retraite_invalidité',
                deliveries_1,
            )
        )
    condition = condition_10
    if condition is True:
        checklist.append(_DOC_DOSSIER_RETRAITE)
    elif condition is None:
        checklist.append(_DOC_DOSSIER_RETRAITE_IF)
    return tuple(checklist), (
        rt.submission(
            _SUBMISSION,
            rt.deliveries(
                rt.routed(
                    'main propre', False, (_SERVICE_SUPERIEUR_HIERARCHIQUE,), (), (), True, None, ()
                ),
                rt.routed(
                    'voie postale',
                    False,
                    (),
                    (gestion_affaires_medicales,),
                    (
                        (
                            'selon service rh compétent et service des affaires médicales selon la '
                            'catégorie de personnel'
                        ),
                    ),
                    condition_2,
                    'dossier.objet dans {octroi, renouvellement, reprise, renonciation}',
                    (),
                ),
            ),
        ),
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_statut,
        agent_categorie_personnel,
        agent_position,
        arret_date_etablissement,
        arret_date_transmission,
        demande_date_depot,
        conge_type,
        dossier_objet,
        arret_date_debut_continu,
        conge_date_fin,
        conge_date_fin_periode_en_cours,
        conge_duree_periode,
        conge_affection_cld,
        conge_cld_meme_affection,
        conge_duree_clm_accomplie,
        agent_clm_anterieur,
        agent_reprise_depuis_clm,
        agent_anciennete_services,
        agent_contrat_date_fin,
        conge_droits_epuises,
        dossier_retraite_invalidite,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/conges_maladie_2019.circ:68 échéance arrêt_48h
    arret_48h = rt.shift_date(arret_date_etablissement, 2, 'jours', 'après', None, False)
    # circulars/conges_maladie_2019.circ:72 échéance six_mois_cmo
    six_mois_cmo = rt.shift_date(
        arret_date_debut_continu, 6, 'mois', 'après', 'dernier jour', False
    )
    # circulars/conges_maladie_2019.circ:76 échéance douze_mois_cmo
    douze_mois_cmo = rt.shift_date(
        arret_date_debut_continu, 12, 'mois', 'après', 'dernier jour', False
    )
    # circulars/conges_maladie_2019.circ:80 échéance renouvellement_deux_mois
    renouvellement_deux_mois = rt.shift_date(
        conge_date_fin_periode_en_cours, 2, 'mois', 'avant', 'mois suivant', False
    )
    # circulars/conges_maladie_2019.circ:84 échéance reprise_trois_mois
    reprise_trois_mois = rt.shift_date(
        conge_date_fin_periode_en_cours, 3, 'mois', 'avant', 'mois suivant', False
    )
    # circulars/conges_maladie_2019.circ:125 table gestion
    gestion_matches = (
        (
            None
            if agent_categorie_personnel is None
            else agent_categorie_personnel in _AGENT_CATEGORIE_PERSONNEL_VALUES
        ),
        (
            None
            if agent_categorie_personnel is None
            else agent_categorie_personnel == 'enseignant_second_degré_public'
        ),
        (
            None
            if agent_categorie_personnel is None
            else agent_categorie_personnel in _AGENT_CATEGORIE_PERSONNEL_VALUES_2
        ),
        (
            None
            if agent_categorie_personnel is None
            else agent_categorie_personnel in _AGENT_CATEGORIE_PERSONNEL_VALUES_3
        ),
    )
    row = rt.lookup(gestion_matches, _ROWS_GESTION, None, 2)
    gestion_service_rh = row[0]
    gestion_affaires_medicales = row[1]
    # circulars/conges_maladie_2019.circ:140 table droits
    droits_matches = (
        (None if conge_type is None else conge_type == 'cmo'),
        (None if conge_type is None else conge_type == 'clm'),
        (None if conge_type is None else conge_type == 'cld'),
        (None if conge_type is None else conge_type == 'cgm'),
        (None if conge_type is None else conge_type == 'cm'),
    )
    row = rt.lookup(droits_matches, _ROWS_DROITS, None, 3)
    droits_duree_max = row[0]
    droits_plein = row[1]
    droits_demi = row[2]
    # circulars/conges_maladie_2019.circ:155 table droits_cm
    droits_cm_matches = (
        (None if agent_anciennete_services is None else 4 <= agent_anciennete_services <= 23),
        (None if agent_anciennete_services is None else 24 <= agent_anciennete_services <= 35),
        (None if agent_anciennete_services is None else agent_anciennete_services >= 36),
    )
    row = rt.lookup(droits_cm_matches, _ROWS_DROITS_CM, (None, None), 2)
    droits_cm_plein = row[0]
    droits_cm_demi = row[1]
    # tested by 2 rules
    shared_1 = None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_2
    # tested by 3 rules
    shared_2 = rt.and3(
        (None if conge_type is None else conge_type == 'cld'),
        (None if dossier_objet is None else dossier_objet == 'octroi'),
    )
    # tested by 2 rules
    shared_3 = rt.and3(
        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
        (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
    )
    # tested by 2 rules
    shared_4 = rt.and3(
        (None if dossier_objet is None else dossier_objet == 'reprise'),
        rt.or3(
            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
            rt.and3(
                (None if conge_type is None else conge_type == 'cmo'),
                rt.not3(
                    None
                    if conge_date_fin_periode_en_cours is None or douze_mois_cmo is None
                    else conge_date_fin_periode_en_cours < douze_mois_cmo
                ),
            ),
        ),
    )
    # what the checklist and the submissions depend on
    condition_1 = None if dossier_objet is None else dossier_objet == 'octroi'
    condition_2 = None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES_2
    condition_3 = None if dossier_objet is None else dossier_objet == 'arrêt'
    condition_4 = rt.all3(
        (None if conge_type is None else conge_type == 'cmo'),
        (None if dossier_objet is None else dossier_objet == 'arrêt'),
        rt.not3(
            None
            if conge_date_fin is None or six_mois_cmo is None
            else conge_date_fin < six_mois_cmo
        ),
    )
    condition_5 = rt.and3(
        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
        (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
    )
    condition_6 = rt.or3(
        rt.and3(
            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
            (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
        ),
        (None if dossier_objet is None else dossier_objet == 'renonciation'),
    )
    condition_7 = rt.and3(
        (None if dossier_objet is None else dossier_objet == 'reprise'),
        rt.or3(
            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
            rt.and3(
                (None if conge_type is None else conge_type == 'cmo'),
                rt.not3(
                    None
                    if conge_date_fin_periode_en_cours is None or douze_mois_cmo is None
                    else conge_date_fin_periode_en_cours < douze_mois_cmo
                ),
            ),
        ),
    )
    condition_8 = rt.all3(
        (None if dossier_objet is None else dossier_objet == 'reprise'),
        (None if conge_type is None else conge_type == 'cmo'),
        (
            None
            if conge_date_fin_periode_en_cours is None or douze_mois_cmo is None
            else conge_date_fin_periode_en_cours < douze_mois_cmo
        ),
        rt.not3(
            None
            if conge_date_fin_periode_en_cours is None or six_mois_cmo is None
            else conge_date_fin_periode_en_cours < six_mois_cmo
        ),
    )
    condition_9 = None if dossier_objet is None else dossier_objet == 'renonciation'
    condition_10 = rt.and3(
        dossier_retraite_invalidite, (None if agent_statut is None else agent_statut == 'titulaire')
    )
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist, submissions = _documents(
        gestion_affaires_medicales,
        condition_1,
        gestion_service_rh,
        condition_2,
        condition_3,
        condition_4,
        condition_5,
        condition_6,
        condition_7,
        condition_8,
        condition_9,
        dossier_retraite_invalidite,
        condition_10,
    )

    # circulars/conges_maladie_2019.circ:168 règle congés_titulaires (bloquante)
    applies: bool | None = None if conge_type is None else conge_type in _CONGE_TYPE_VALUES
    if applies is False:
        not_applicable.append('congés_titulaires')
    else:
        holds: bool | None = None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES
        if holds is True:
            satisfied.append('congés_titulaires')
        else:
            values: tuple[tuple[str, Any], ...] = (
                ('congé.type', conge_type), ('agent.statut', agent_statut)
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_CONGES_TITULAIRES,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Le congé de maladie ordinaire, le congé de longue maladie et le congé '
                            'de longue durée sont ouverts aux fonctionnaires titulaires et '
                            'stagiaires (et aux maîtres contractuels des établissements privés) ; '
                            'un agent non titulaire relève du congé de maladie ou du congé de '
                            'grave maladie.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CONGES_TITULAIRES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CMO, CLM et CLD : fonctionnaires "
                            'titulaires et stagiaires.'
                        ),
                        values,
                        missing=(('congé.type',) if applies is None else ())
                        + (('agent.statut',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:174 règle congés_non_titulaires (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('congés_non_titulaires')
    else:
        holds = None if agent_statut is None else agent_statut == 'contractuel'
        if holds is True:
            satisfied.append('congés_non_titulaires')
        else:
            values = (('congé.type', conge_type), ('agent.statut', agent_statut))
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_CONGES_NON_TITULAIRES,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Le congé de maladie et le congé de grave maladie sont ceux des agents '
                            'non titulaires (et des maîtres délégués des établissements privés) ; '
                            'un fonctionnaire relève du CMO, du CLM ou du CLD.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CONGES_NON_TITULAIRES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : CM et CGM : agents non titulaires.",
                        values,
                        missing=(('congé.type',) if applies is None else ())
                        + (('agent.statut',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:183 règle délai_arrêt (avertissement)
    applies = None if dossier_objet is None else dossier_objet == 'arrêt'
    if applies is False:
        not_applicable.append('délai_arrêt')
    else:
        holds = (
            None
            if arret_date_transmission is None or arret_48h is None
            else arret_date_transmission <= arret_48h
        )
        if holds is True:
            satisfied.append('délai_arrêt')
        else:
            values = (
                ('dossier.objet', dossier_objet),
                ('arrêt.date_établissement', arret_date_etablissement),
                ('arrêt.date_transmission', arret_date_transmission),
            )
            if holds is False and applies is True:
                message = (
                    "L'arrêt de travail établi le "
                    + rt.fmt(arret_date_etablissement)
                    + ' a été transmis le '
                    + rt.fmt(arret_date_transmission)
                    + ', au-delà du délai de 48 heures.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_ARRET, rt.Outcome.VIOLATED, 'avertissement', message, values
                    )
                )
                warned = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_ARRET,
                        rt.Outcome.UNDECIDED,
                        'avertissement',
                        (
                            "À vérifier, faute d'information : Arrêt de travail transmis dans les "
                            '48 heures.'
                        ),
                        values,
                        missing=(('dossier.objet',) if applies is None else ())
                        + (
                            rt.unknown(
                                ('arrêt.date_établissement', arret_date_etablissement),
                                ('arrêt.date_transmission', arret_date_transmission),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )

    # circulars/conges_maladie_2019.circ:191 règle cmo_un_an (bloquante)
    applies = rt.and3(
        (None if conge_type is None else conge_type == 'cmo'),
        (None if dossier_objet is None else dossier_objet == 'arrêt'),
    )
    if applies is False:
        not_applicable.append('cmo_un_an')
    else:
        holds = (
            None
            if conge_date_fin is None or douze_mois_cmo is None
            else conge_date_fin < douze_mois_cmo
        )
        if holds is True:
            satisfied.append('cmo_un_an')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('arrêt.date_début_continu', arret_date_debut_continu),
                ('congé.date_fin', conge_date_fin),
            )
            if holds is False and applies is True:
                message = (
                    "L'arrêt jusqu'au "
                    + rt.fmt(conge_date_fin)
                    + ' dépasse un an de congé de maladie ordinaire consécutif depuis le '
                    + rt.fmt(arret_date_debut_continu)
                    + (
                        " : le comité médical doit se prononcer (disponibilité d'office, CLM, "
                        'inaptitude).'
                    )
                )
                findings.append(
                    rt.Finding(_RULE_CMO_UN_AN, rt.Outcome.VIOLATED, 'bloquante', message, values)
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CMO_UN_AN,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CMO : un an au plus de congé "
                            'consécutif.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (None if conge_type is None else conge_type == 'cmo'),
                                rt.unknown(('congé.type', conge_type)),
                                (None if dossier_objet is None else dossier_objet == 'arrêt'),
                                rt.unknown(('dossier.objet', dossier_objet)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                ('arrêt.date_début_continu', arret_date_debut_continu),
                                ('congé.date_fin', conge_date_fin),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:198 règle comité_six_mois (information)
    applies = rt.all3(
        (None if conge_type is None else conge_type == 'cmo'),
        (None if dossier_objet is None else dossier_objet == 'arrêt'),
        rt.not3(
            None
            if conge_date_fin is None or six_mois_cmo is None
            else conge_date_fin < six_mois_cmo
        ),
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_COMITE_SIX_MOIS,
                rt.Outcome.NOTICE,
                'information',
                'Votre congé de maladie ordinaire dépasse six mois consécutifs (depuis le '
                + rt.fmt(arret_date_debut_continu)
                + (
                    ") : la prolongation est soumise à l'avis du comité médical départemental. "
                    "Les arrêts de travail originaux depuis le début de l'arrêt continu, puis les "
                    'suivants, sont transmis au service des affaires médicales compétent, qui '
                    'saisit les congés au-delà de 6 mois.'
                ),
                (),
            )
        )
    elif applies is False:
        not_applicable.append('comité_six_mois')

    # circulars/conges_maladie_2019.circ:206 règle cld_affection (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('cld_affection')
    else:
        holds = conge_affection_cld
        if holds is True:
            satisfied.append('cld_affection')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('congé.affection_cld', conge_affection_cld),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_CLD_AFFECTION,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Seules cinq affections, fixées par l'arrêté du 14 mars 1986, ouvrent "
                            'droit au congé de longue durée.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CLD_AFFECTION,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CLD : une des cinq affections de "
                            "l'arrêté du 14/03/1986."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (None if conge_type is None else conge_type == 'cld'),
                                rt.unknown(('congé.type', conge_type)),
                                (None if dossier_objet is None else dossier_objet == 'octroi'),
                                rt.unknown(('dossier.objet', dossier_objet)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('congé.affection_cld',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:212 règle cld_unique (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('cld_unique')
    else:
        holds = None if conge_cld_meme_affection is None else not conge_cld_meme_affection
        if holds is True:
            satisfied.append('cld_unique')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('congé.cld_même_affection', conge_cld_meme_affection),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_CLD_UNIQUE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Un seul congé de longue durée peut être accordé pour une même '
                            'affection durant toute la carrière.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CLD_UNIQUE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : CLD : un seul pour une même affection.",
                        values,
                        missing=(
                            rt.missing_and(
                                (None if conge_type is None else conge_type == 'cld'),
                                rt.unknown(('congé.type', conge_type)),
                                (None if dossier_objet is None else dossier_objet == 'octroi'),
                                rt.unknown(('dossier.objet', dossier_objet)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('congé.cld_même_affection',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:218 règle cld_après_clm (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('cld_après_clm')
    else:
        holds = None if conge_duree_clm_accomplie is None else conge_duree_clm_accomplie >= 12
        if holds is True:
            satisfied.append('cld_après_clm')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('congé.durée_clm_accomplie', conge_duree_clm_accomplie),
            )
            if holds is False and applies is True:
                message = (
                    "Le congé de longue durée se demande à l'issue d'un an de CLM ("
                    + rt.fmt(conge_duree_clm_accomplie, 'mois')
                    + ' accomplis).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_CLD_APRES_CLM, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CLD_APRES_CLM,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : CLD : à l'issue d'un an de CLM.",
                        values,
                        missing=(
                            rt.missing_and(
                                (None if conge_type is None else conge_type == 'cld'),
                                rt.unknown(('congé.type', conge_type)),
                                (None if dossier_objet is None else dossier_objet == 'octroi'),
                                rt.unknown(('dossier.objet', dossier_objet)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('congé.durée_clm_accomplie',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:224 règle clm_nouveau (bloquante)
    applies = rt.all3(
        (None if conge_type is None else conge_type == 'clm'),
        (None if dossier_objet is None else dossier_objet == 'octroi'),
        agent_clm_anterieur,
    )
    if applies is False:
        not_applicable.append('clm_nouveau')
    else:
        holds = None if agent_reprise_depuis_clm is None else agent_reprise_depuis_clm >= 12
        if holds is True:
            satisfied.append('clm_nouveau')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('agent.clm_antérieur', agent_clm_anterieur),
                ('agent.reprise_depuis_clm', agent_reprise_depuis_clm),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Après un congé de longue maladie, un autre CLM ne peut être accordé '
                        "qu'après un an de reprise des fonctions ("
                    )
                    + rt.fmt(agent_reprise_depuis_clm, 'mois')
                    + ' depuis le précédent).'
                )
                findings.append(
                    rt.Finding(_RULE_CLM_NOUVEAU, rt.Outcome.VIOLATED, 'bloquante', message, values)
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CLM_NOUVEAU,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Nouveau CLM : un an de reprise des "
                            'fonctions.'
                        ),
                        values,
                        missing=(
                            rt.missing_all(
                                (
                                    (None if conge_type is None else conge_type == 'clm'),
                                    rt.unknown(('congé.type', conge_type)),
                                ),
                                (
                                    (None if dossier_objet is None else dossier_objet == 'octroi'),
                                    rt.unknown(('dossier.objet', dossier_objet)),
                                ),
                                (
                                    agent_clm_anterieur,
                                    rt.unknown(('agent.clm_antérieur', agent_clm_anterieur)),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (('agent.reprise_depuis_clm',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:230 règle option_clm_cld (information)
    applies = rt.and3(
        (None if conge_type is None else conge_type == 'clm'),
        (None if conge_duree_clm_accomplie is None else conge_duree_clm_accomplie >= 12),
    )
    if applies is True:
        findings.append(_NOTICE_OPTION_CLM_CLD)
    elif applies is False:
        not_applicable.append('option_clm_cld')

    # circulars/conges_maladie_2019.circ:238 règle non_titulaire_en_activité (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('non_titulaire_en_activité')
    else:
        holds = None if agent_position is None else agent_position == 'activité'
        if holds is True:
            satisfied.append('non_titulaire_en_activité')
        else:
            values = (('congé.type', conge_type), ('agent.position', agent_position))
            if holds is False and applies is True:
                message = (
                    (
                        "Le congé de maladie et le congé de grave maladie supposent d'être en "
                        'activité (position déclarée : '
                    )
                    + rt.fmt_choice(agent_position, _LABELS_AGENT_POSITION)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_NON_TITULAIRE_EN_ACTIVITE,
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
                        _RULE_NON_TITULAIRE_EN_ACTIVITE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CM et CGM : agent non titulaire en "
                            'activité.'
                        ),
                        values,
                        missing=(('congé.type',) if applies is None else ())
                        + (('agent.position',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:245 règle cm_durée_contrat (bloquante)
    applies = None if conge_type is None else conge_type == 'cm'
    if applies is False:
        not_applicable.append('cm_durée_contrat')
    else:
        holds = (
            None
            if conge_date_fin is None or agent_contrat_date_fin is None
            else conge_date_fin <= agent_contrat_date_fin
        )
        if holds is True:
            satisfied.append('cm_durée_contrat')
        else:
            values = (
                ('congé.type', conge_type),
                ('congé.date_fin', conge_date_fin),
                ('agent.contrat_date_fin', agent_contrat_date_fin),
            )
            if holds is False and applies is True:
                message = (
                    "Le congé de maladie (jusqu'au "
                    + rt.fmt(conge_date_fin)
                    + ') ne peut pas dépasser la durée du contrat (fin le '
                    + rt.fmt(agent_contrat_date_fin)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_CM_DUREE_CONTRAT, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CM_DUREE_CONTRAT,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CM : pas au-delà de la durée du "
                            'contrat.'
                        ),
                        values,
                        missing=(('congé.type',) if applies is None else ())
                        + (
                            rt.unknown(
                                ('congé.date_fin', conge_date_fin),
                                ('agent.contrat_date_fin', agent_contrat_date_fin),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:251 règle cgm_ancienneté (bloquante)
    applies = rt.and3(
        (None if conge_type is None else conge_type == 'cgm'),
        (None if dossier_objet is None else dossier_objet == 'octroi'),
    )
    if applies is False:
        not_applicable.append('cgm_ancienneté')
    else:
        holds = None if agent_anciennete_services is None else agent_anciennete_services >= 36
        if holds is True:
            satisfied.append('cgm_ancienneté')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('agent.ancienneté_services', agent_anciennete_services),
            )
            if holds is False and applies is True:
                message = (
                    'Le congé de grave maladie requiert 3 ans de services continus ('
                    + rt.fmt(agent_anciennete_services, 'mois')
                    + ' de services).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_CGM_ANCIENNETE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_CGM_ANCIENNETE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : CGM : trois ans de services continus.",
                        values,
                        missing=(
                            rt.missing_and(
                                (None if conge_type is None else conge_type == 'cgm'),
                                rt.unknown(('congé.type', conge_type)),
                                (None if dossier_objet is None else dossier_objet == 'octroi'),
                                rt.unknown(('dossier.objet', dossier_objet)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('agent.ancienneté_services',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:258 règle droits_cm (information)
    applies = rt.and3(
        (None if conge_type is None else conge_type == 'cm'),
        (None if agent_anciennete_services is None else agent_anciennete_services >= 4),
    )
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_DROITS_CM,
                rt.Outcome.NOTICE,
                'information',
                'Avec '
                + rt.fmt(agent_anciennete_services, 'mois')
                + ' de services, vos droits à congé de maladie sont de '
                + rt.fmt(droits_cm_plein, 'mois')
                + ' à plein traitement puis '
                + rt.fmt(droits_cm_demi, 'mois')
                + ' à demi-traitement, sous réserve de la nature du contrat.',
                (),
            )
        )
    elif applies is False:
        not_applicable.append('droits_cm')

    # circulars/conges_maladie_2019.circ:264 règle période_trois_six_mois (bloquante)
    applies = shared_3
    if applies is False:
        not_applicable.append('période_trois_six_mois')
    else:
        holds = rt.and3(
            (None if conge_duree_periode is None else conge_duree_periode >= 3),
            (None if conge_duree_periode is None else conge_duree_periode <= 6),
        )
        if holds is True:
            satisfied.append('période_trois_six_mois')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('congé.durée_période', conge_duree_periode),
            )
            if holds is False and applies is True:
                message = (
                    'Le CLM, le CLD et le CGM sont accordés par périodes de 3 à 6 mois ('
                    + rt.fmt(conge_duree_periode, 'mois')
                    + ' demandés).'
                )
                findings.append(
                    rt.Finding(
                        _RULE_PERIODE_TROIS_SIX_MOIS,
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
                        _RULE_PERIODE_TROIS_SIX_MOIS,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        "À vérifier, faute d'information : CLM, CLD, CGM : périodes de 3 à 6 mois.",
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if conge_type is None
                                    else conge_type in _CONGE_TYPE_VALUES_3
                                ),
                                rt.unknown(('congé.type', conge_type)),
                                (
                                    None
                                    if dossier_objet is None
                                    else dossier_objet in _DOSSIER_OBJET_VALUES
                                ),
                                rt.unknown(('dossier.objet', dossier_objet)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.missing_and(
                                (None if conge_duree_periode is None else conge_duree_periode >= 3),
                                rt.unknown(('congé.durée_période', conge_duree_periode)),
                                (None if conge_duree_periode is None else conge_duree_periode <= 6),
                                rt.unknown(('congé.durée_période', conge_duree_periode)),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:271 règle délai_renouvellement (bloquante)
    applies = rt.and3(
        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_4),
        (None if dossier_objet is None else dossier_objet == 'renouvellement'),
    )
    if applies is False:
        not_applicable.append('délai_renouvellement')
    else:
        holds = (
            None
            if demande_date_depot is None or renouvellement_deux_mois is None
            else demande_date_depot <= renouvellement_deux_mois
        )
        if holds is True:
            satisfied.append('délai_renouvellement')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('congé.date_fin_période_en_cours', conge_date_fin_periode_en_cours),
                ('demande.date_dépôt', demande_date_depot),
            )
            if holds is False and applies is True:
                message = (
                    'La demande de renouvellement du '
                    + rt.fmt(demande_date_depot)
                    + (
                        ' est tardive : elle doit être adressée au SAM ou au BAM au minimum 2 mois '
                        'avant la fin de la période en cours ('
                    )
                    + rt.fmt(conge_date_fin_periode_en_cours)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_RENOUVELLEMENT,
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
                        _RULE_DELAI_RENOUVELLEMENT,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Renouvellement demandé au moins 2 "
                            "mois avant l'expiration."
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if conge_type is None
                                    else conge_type in _CONGE_TYPE_VALUES_4
                                ),
                                rt.unknown(('congé.type', conge_type)),
                                (
                                    None
                                    if dossier_objet is None
                                    else dossier_objet == 'renouvellement'
                                ),
                                rt.unknown(('dossier.objet', dossier_objet)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                (
                                    'congé.date_fin_période_en_cours',
                                    conge_date_fin_periode_en_cours,
                                ),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:279 règle délai_reprise (bloquante)
    applies = shared_4
    if applies is False:
        not_applicable.append('délai_reprise')
    else:
        holds = (
            None
            if demande_date_depot is None or reprise_trois_mois is None
            else demande_date_depot <= reprise_trois_mois
        )
        if holds is True:
            satisfied.append('délai_reprise')
        else:
            values = (
                ('dossier.objet', dossier_objet),
                ('congé.type', conge_type),
                ('arrêt.date_début_continu', arret_date_debut_continu),
                ('congé.date_fin_période_en_cours', conge_date_fin_periode_en_cours),
                ('demande.date_dépôt', demande_date_depot),
            )
            if holds is False and applies is True:
                message = (
                    'La demande de reprise du '
                    + rt.fmt(demande_date_depot)
                    + (
                        ' est tardive : après un CLM, un CLD, un CGM ou plus de 12 mois de CMO, '
                        'elle doit être adressée au plus tard 3 mois avant la fin de la période de '
                        'congé en cours ('
                    )
                    + rt.fmt(conge_date_fin_periode_en_cours)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_REPRISE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DELAI_REPRISE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Reprise après un congé long : "
                            'demande 3 mois avant la fin du congé.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (None if dossier_objet is None else dossier_objet == 'reprise'),
                                rt.unknown(('dossier.objet', dossier_objet)),
                                rt.or3(
                                    (
                                        None
                                        if conge_type is None
                                        else conge_type in _CONGE_TYPE_VALUES_3
                                    ),
                                    rt.and3(
                                        (None if conge_type is None else conge_type == 'cmo'),
                                        rt.not3(
                                            None
                                            if conge_date_fin_periode_en_cours is None
                                            or douze_mois_cmo is None
                                            else conge_date_fin_periode_en_cours < douze_mois_cmo
                                        ),
                                    ),
                                ),
                                rt.missing_or(
                                    (
                                        None
                                        if conge_type is None
                                        else conge_type in _CONGE_TYPE_VALUES_3
                                    ),
                                    rt.unknown(('congé.type', conge_type)),
                                    rt.and3(
                                        (None if conge_type is None else conge_type == 'cmo'),
                                        rt.not3(
                                            None
                                            if conge_date_fin_periode_en_cours is None
                                            or douze_mois_cmo is None
                                            else conge_date_fin_periode_en_cours < douze_mois_cmo
                                        ),
                                    ),
                                    rt.missing_and(
                                        (None if conge_type is None else conge_type == 'cmo'),
                                        rt.unknown(('congé.type', conge_type)),
                                        rt.not3(
                                            None
                                            if conge_date_fin_periode_en_cours is None
                                            or douze_mois_cmo is None
                                            else conge_date_fin_periode_en_cours < douze_mois_cmo
                                        ),
                                        rt.unknown(
                                            ('arrêt.date_début_continu', arret_date_debut_continu),
                                            (
                                                'congé.date_fin_période_en_cours',
                                                conge_date_fin_periode_en_cours,
                                            ),
                                        ),
                                    ),
                                ),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(
                                (
                                    'congé.date_fin_période_en_cours',
                                    conge_date_fin_periode_en_cours,
                                ),
                                ('demande.date_dépôt', demande_date_depot),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:288 règle reprise_sur_décision (information)
    applies = shared_4
    if applies is True:
        findings.append(_NOTICE_REPRISE_SUR_DECISION)
    elif applies is False:
        not_applicable.append('reprise_sur_décision')

    # circulars/conges_maladie_2019.circ:299 règle reprise_libre (information)
    applies = rt.all3(
        (None if dossier_objet is None else dossier_objet == 'reprise'),
        (None if conge_type is None else conge_type == 'cmo'),
        (
            None
            if conge_date_fin_periode_en_cours is None or douze_mois_cmo is None
            else conge_date_fin_periode_en_cours < douze_mois_cmo
        ),
    )
    if applies is True:
        findings.append(_NOTICE_REPRISE_LIBRE)
    elif applies is False:
        not_applicable.append('reprise_libre')

    # circulars/conges_maladie_2019.circ:305 règle renonciation_première_période (bloquante)
    applies = None if dossier_objet is None else dossier_objet == 'renonciation'
    if applies is False:
        not_applicable.append('renonciation_première_période')
    else:
        holds = None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_5
        if holds is True:
            satisfied.append('renonciation_première_période')
        else:
            values = (('dossier.objet', dossier_objet), ('congé.type', conge_type))
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_RENONCIATION_PREMIERE_PERIODE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'La renonciation porte sur une demande de première période de CLM ou '
                            "de CGM en cours d'instruction."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_RENONCIATION_PREMIERE_PERIODE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Renonciation : seulement à une "
                            'demande de CLM ou de CGM.'
                        ),
                        values,
                        missing=(('dossier.objet',) if applies is None else ())
                        + (('congé.type',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:312 règle instruction_sans_reprise (information)
    applies = rt.and3(
        (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
    )
    if applies is True:
        findings.append(_NOTICE_INSTRUCTION_SANS_REPRISE)
    elif applies is False:
        not_applicable.append('instruction_sans_reprise')

    # circulars/conges_maladie_2019.circ:321 règle dossier_complet (bloquante)
    applies = shared_3
    if applies is False:
        not_applicable.append('dossier_complet')
    else:
        holds = rt.all_provided(
            dossier_pieces_fournies,
            (
                (
                    (None if dossier_objet is None else dossier_objet == 'arrêt'),
                    'arrêt_de_travail',
                    'Arrêt de travail initial ou de prolongation (imprimé CERFA)',
                ),
                (
                    rt.all3(
                        (None if conge_type is None else conge_type == 'cmo'),
                        (None if dossier_objet is None else dossier_objet == 'arrêt'),
                        rt.not3(
                            None
                            if conge_date_fin is None or six_mois_cmo is None
                            else conge_date_fin < six_mois_cmo
                        ),
                    ),
                    'arrêts_originaux',
                    (
                        "Arrêts de travail originaux depuis le début de l'arrêt continu, puis les "
                        'suivants'
                    ),
                ),
                (
                    rt.and3(
                        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                        (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
                    ),
                    'demande_écrite',
                    (
                        "Demande écrite (lettre personnelle ou formulaire) sollicitant l'octroi "
                        'du congé, avec nom, adresse et téléphone'
                    ),
                ),
                (
                    rt.or3(
                        rt.and3(
                            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                            (
                                None
                                if dossier_objet is None
                                else dossier_objet in _DOSSIER_OBJET_VALUES
                            ),
                        ),
                        (None if dossier_objet is None else dossier_objet == 'renonciation'),
                    ),
                    'certificat_simple',
                    'Certificat médical simple du médecin traitant (sans détailler la pathologie)',
                ),
                (
                    rt.and3(
                        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                        (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
                    ),
                    'certificat_détaillé',
                    (
                        'Certificat médical détaillé du médecin spécialiste de la pathologie, sous '
                        'pli confidentiel'
                    ),
                ),
                (
                    rt.and3(
                        (None if dossier_objet is None else dossier_objet == 'reprise'),
                        rt.or3(
                            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                            rt.and3(
                                (None if conge_type is None else conge_type == 'cmo'),
                                rt.not3(
                                    None
                                    if conge_date_fin_periode_en_cours is None
                                    or douze_mois_cmo is None
                                    else conge_date_fin_periode_en_cours < douze_mois_cmo
                                ),
                            ),
                        ),
                    ),
                    'demande_reprise',
                    'Demande de reprise de fonctions',
                ),
                (
                    rt.all3(
                        (None if dossier_objet is None else dossier_objet == 'reprise'),
                        (None if conge_type is None else conge_type == 'cmo'),
                        (
                            None
                            if conge_date_fin_periode_en_cours is None or douze_mois_cmo is None
                            else conge_date_fin_periode_en_cours < douze_mois_cmo
                        ),
                        rt.not3(
                            None
                            if conge_date_fin_periode_en_cours is None or six_mois_cmo is None
                            else conge_date_fin_periode_en_cours < six_mois_cmo
                        ),
                    ),
                    'attestation_reprise',
                    (
                        "Attestation de reprise établie par le service ou l'établissement "
                        "d'affectation"
                    ),
                ),
                (
                    (None if dossier_objet is None else dossier_objet == 'renonciation'),
                    'lettre_renonciation',
                    'Lettre de renonciation à la demande de CLM ou de CGM',
                ),
                (
                    dossier_retraite_invalidite,
                    'lettre_retraite',
                    (
                        'Lettre sollicitant une dernière période de CLM, de CLD ou de '
                        "disponibilité d'office suivie d'une retraite pour invalidité"
                    ),
                ),
                (
                    dossier_retraite_invalidite,
                    'certificat_retraite',
                    (
                        'Certificat médical simple du médecin traitant (ordonnance) mentionnant le '
                        'dernier renouvellement et la mise à la retraite pour invalidité'
                    ),
                ),
                (
                    rt.and3(
                        dossier_retraite_invalidite,
                        (None if agent_statut is None else agent_statut == 'titulaire'),
                    ),
                    'dossier_retraite',
                    "Dossier d'admission à la retraite",
                ),
            ),
        )
        if holds is True:
            satisfied.append('dossier_complet')
        else:
            values = (
                ('congé.type', conge_type),
                ('dossier.objet', dossier_objet),
                ('dossier.pièces_fournies', dossier_pieces_fournies),
                ('arrêt.date_début_continu', arret_date_debut_continu),
                ('congé.date_fin', conge_date_fin),
                ('congé.date_fin_période_en_cours', conge_date_fin_periode_en_cours),
                ('dossier.retraite_invalidité', dossier_retraite_invalidite),
                ('agent.statut', agent_statut),
            )
            if holds is False and applies is True:
                message = (
                    (
                        'Le dossier doit être complet pour que le comité médical soit saisi : il '
                        'manque '
                    )
                    + rt.fmt(
                        rt.missing_documents(
                            dossier_pieces_fournies,
                            (
                                (
                                    (None if dossier_objet is None else dossier_objet == 'arrêt'),
                                    'arrêt_de_travail',
                                    'Arrêt de travail initial ou de prolongation (imprimé CERFA)',
                                ),
                                (
                                    rt.all3(
                                        (None if conge_type is None else conge_type == 'cmo'),
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet == 'arrêt'
                                        ),
                                        rt.not3(
                                            None
                                            if conge_date_fin is None or six_mois_cmo is None
                                            else conge_date_fin < six_mois_cmo
                                        ),
                                    ),
                                    'arrêts_originaux',
                                    (
                                        "Arrêts de travail originaux depuis le début de l'arrêt "
                                        'continu, puis les suivants'
                                    ),
                                ),
                                (
                                    rt.and3(
                                        (
                                            None
                                            if conge_type is None
                                            else conge_type in _CONGE_TYPE_VALUES_3
                                        ),
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet in _DOSSIER_OBJET_VALUES
                                        ),
                                    ),
                                    'demande_écrite',
                                    (
                                        'Demande écrite (lettre personnelle ou formulaire) '
                                        "sollicitant l'octroi du congé, avec nom, adresse et "
                                        'téléphone'
                                    ),
                                ),
                                (
                                    rt.or3(
                                        rt.and3(
                                            (
                                                None
                                                if conge_type is None
                                                else conge_type in _CONGE_TYPE_VALUES_3
                                            ),
                                            (
                                                None
                                                if dossier_objet is None
                                                else dossier_objet in _DOSSIER_OBJET_VALUES
                                            ),
                                        ),
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet == 'renonciation'
                                        ),
                                    ),
                                    'certificat_simple',
                                    (
                                        'Certificat médical simple du médecin traitant (sans '
                                        'détailler la pathologie)'
                                    ),
                                ),
                                (
                                    rt.and3(
                                        (
                                            None
                                            if conge_type is None
                                            else conge_type in _CONGE_TYPE_VALUES_3
                                        ),
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet in _DOSSIER_OBJET_VALUES
                                        ),
                                    ),
                                    'certificat_détaillé',
                                    (
                                        'Certificat médical détaillé du médecin spécialiste de la '
                                        'pathologie, sous pli confidentiel'
                                    ),
                                ),
                                (
                                    rt.and3(
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet == 'reprise'
                                        ),
                                        rt.or3(
                                            (
                                                None
                                                if conge_type is None
                                                else conge_type in _CONGE_TYPE_VALUES_3
                                            ),
                                            rt.and3(
                                                (
                                                    None
                                                    if conge_type is None
                                                    else conge_type == 'cmo'
                                                ),
                                                rt.not3(
                                                    None
                                                    if conge_date_fin_periode_en_cours is None
                                                    or douze_mois_cmo is None
                                                    else conge_date_fin_periode_en_cours
                                                    < douze_mois_cmo
                                                ),
                                            ),
                                        ),
                                    ),
                                    'demande_reprise',
                                    'Demande de reprise de fonctions',
                                ),
                                (
                                    rt.all3(
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet == 'reprise'
                                        ),
                                        (None if conge_type is None else conge_type == 'cmo'),
                                        (
                                            None
                                            if conge_date_fin_periode_en_cours is None
                                            or douze_mois_cmo is None
                                            else conge_date_fin_periode_en_cours < douze_mois_cmo
                                        ),
                                        rt.not3(
                                            None
                                            if conge_date_fin_periode_en_cours is None
                                            or six_mois_cmo is None
                                            else conge_date_fin_periode_en_cours < six_mois_cmo
                                        ),
                                    ),
                                    'attestation_reprise',
                                    (
                                        'Attestation de reprise établie par le service ou '
                                        "l'établissement d'affectation"
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if dossier_objet is None
                                        else dossier_objet == 'renonciation'
                                    ),
                                    'lettre_renonciation',
                                    'Lettre de renonciation à la demande de CLM ou de CGM',
                                ),
                                (
                                    dossier_retraite_invalidite,
                                    'lettre_retraite',
                                    (
                                        'Lettre sollicitant une dernière période de CLM, de CLD ou '
                                        "de disponibilité d'office suivie d'une retraite pour "
                                        'invalidité'
                                    ),
                                ),
                                (
                                    dossier_retraite_invalidite,
                                    'certificat_retraite',
                                    (
                                        'Certificat médical simple du médecin traitant '
                                        '(ordonnance) mentionnant le dernier renouvellement et la '
                                        'mise à la retraite pour invalidité'
                                    ),
                                ),
                                (
                                    rt.and3(
                                        dossier_retraite_invalidite,
                                        (
                                            None
                                            if agent_statut is None
                                            else agent_statut == 'titulaire'
                                        ),
                                    ),
                                    'dossier_retraite',
                                    "Dossier d'admission à la retraite",
                                ),
                            ),
                        )
                    )
                    + '.'
                )
                findings.append(
                    rt.Finding(
                        _RULE_DOSSIER_COMPLET, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_DOSSIER_COMPLET,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Congé long : dossier complet pour "
                            'la saisine du comité médical.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if conge_type is None
                                    else conge_type in _CONGE_TYPE_VALUES_3
                                ),
                                rt.unknown(('congé.type', conge_type)),
                                (
                                    None
                                    if dossier_objet is None
                                    else dossier_objet in _DOSSIER_OBJET_VALUES
                                ),
                                rt.unknown(('dossier.objet', dossier_objet)),
                            )
                            if applies is None
                            else ()
                        )
                        + (
                            rt.unknown(('dossier.pièces_fournies', dossier_pieces_fournies))
                            + rt.missing_each(
                                (
                                    (None if dossier_objet is None else dossier_objet == 'arrêt'),
                                    rt.unknown(('dossier.objet', dossier_objet)),
                                ),
                                (
                                    rt.all3(
                                        (None if conge_type is None else conge_type == 'cmo'),
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet == 'arrêt'
                                        ),
                                        rt.not3(
                                            None
                                            if conge_date_fin is None or six_mois_cmo is None
                                            else conge_date_fin < six_mois_cmo
                                        ),
                                    ),
                                    rt.unknown(
                                        ('congé.type', conge_type),
                                        ('dossier.objet', dossier_objet),
                                        ('arrêt.date_début_continu', arret_date_debut_continu),
                                        ('congé.date_fin', conge_date_fin),
                                    ),
                                ),
                                (
                                    rt.and3(
                                        (
                                            None
                                            if conge_type is None
                                            else conge_type in _CONGE_TYPE_VALUES_3
                                        ),
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet in _DOSSIER_OBJET_VALUES
                                        ),
                                    ),
                                    rt.unknown(
                                        ('congé.type', conge_type), ('dossier.objet', dossier_objet)
                                    ),
                                ),
                                (
                                    rt.or3(
                                        rt.and3(
                                            (
                                                None
                                                if conge_type is None
                                                else conge_type in _CONGE_TYPE_VALUES_3
                                            ),
                                            (
                                                None
                                                if dossier_objet is None
                                                else dossier_objet in _DOSSIER_OBJET_VALUES
                                            ),
                                        ),
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet == 'renonciation'
                                        ),
                                    ),
                                    rt.unknown(
                                        ('congé.type', conge_type), ('dossier.objet', dossier_objet)
                                    ),
                                ),
                                (
                                    rt.and3(
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet == 'reprise'
                                        ),
                                        rt.or3(
                                            (
                                                None
                                                if conge_type is None
                                                else conge_type in _CONGE_TYPE_VALUES_3
                                            ),
                                            rt.and3(
                                                (
                                                    None
                                                    if conge_type is None
                                                    else conge_type == 'cmo'
                                                ),
                                                rt.not3(
                                                    None
                                                    if conge_date_fin_periode_en_cours is None
                                                    or douze_mois_cmo is None
                                                    else conge_date_fin_periode_en_cours
                                                    < douze_mois_cmo
                                                ),
                                            ),
                                        ),
                                    ),
                                    rt.unknown(
                                        ('dossier.objet', dossier_objet),
                                        ('congé.type', conge_type),
                                        ('arrêt.date_début_continu', arret_date_debut_continu),
                                        (
                                            'congé.date_fin_période_en_cours',
                                            conge_date_fin_periode_en_cours,
                                        ),
                                    ),
                                ),
                                (
                                    rt.all3(
                                        (
                                            None
                                            if dossier_objet is None
                                            else dossier_objet == 'reprise'
                                        ),
                                        (None if conge_type is None else conge_type == 'cmo'),
                                        (
                                            None
                                            if conge_date_fin_periode_en_cours is None
                                            or douze_mois_cmo is None
                                            else conge_date_fin_periode_en_cours < douze_mois_cmo
                                        ),
                                        rt.not3(
                                            None
                                            if conge_date_fin_periode_en_cours is None
                                            or six_mois_cmo is None
                                            else conge_date_fin_periode_en_cours < six_mois_cmo
                                        ),
                                    ),
                                    rt.unknown(
                                        ('dossier.objet', dossier_objet),
                                        ('congé.type', conge_type),
                                        ('arrêt.date_début_continu', arret_date_debut_continu),
                                        (
                                            'congé.date_fin_période_en_cours',
                                            conge_date_fin_periode_en_cours,
                                        ),
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if dossier_objet is None
                                        else dossier_objet == 'renonciation'
                                    ),
                                    rt.unknown(('dossier.objet', dossier_objet)),
                                ),
                                (
                                    dossier_retraite_invalidite,
                                    rt.unknown(
                                        ('dossier.retraite_invalidité', dossier_retraite_invalidite)
                                    ),
                                ),
                                (
                                    rt.and3(
                                        dossier_retraite_invalidite,
                                        (
                                            None
                                            if agent_statut is None
                                            else agent_statut == 'titulaire'
                                        ),
                                    ),
                                    rt.unknown(
                                        (
                                            'dossier.retraite_invalidité',
                                            dossier_retraite_invalidite,
                                        ),
                                        ('agent.statut', agent_statut),
                                    ),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/conges_maladie_2019.circ:329 règle droits_congé (information)
    applies = None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_6
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_DROITS_CONGE,
                rt.Outcome.NOTICE,
                'information',
                'Durée maximale du congé : '
                + rt.fmt(droits_duree_max, 'mois')
                + ', dont '
                + rt.fmt(droits_plein, 'mois')
                + ' à plein traitement et '
                + rt.fmt(droits_demi, 'mois')
                + (
                    " à demi-traitement. Les droits sont calculés au jour le jour sur l'année de "
                    'référence mobile précédant le premier jour du congé.'
                ),
                (),
            )
        )
    elif applies is False:
        not_applicable.append('droits_congé')

    # circulars/conges_maladie_2019.circ:337 règle obligations (information)
    findings.append(_NOTICE_OBLIGATIONS)

    # circulars/conges_maladie_2019.circ:349 règle fin_de_droits_titulaire (information)
    applies = rt.and3(
        conge_droits_epuises,
        (None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES),
    )
    if applies is True:
        findings.append(_NOTICE_FIN_DE_DROITS_TITULAIRE)
    elif applies is False:
        not_applicable.append('fin_de_droits_titulaire')

    # circulars/conges_maladie_2019.circ:357 règle fin_de_droits_non_titulaire (information)
    applies = rt.and3(
        conge_droits_epuises, (None if agent_statut is None else agent_statut == 'contractuel')
    )
    if applies is True:
        findings.append(_NOTICE_FIN_DE_DROITS_NON_TITULAIRE)
    elif applies is False:
        not_applicable.append('fin_de_droits_non_titulaire')

    # circulars/conges_maladie_2019.circ:364 règle retraite_invalidité (information)
    applies = dossier_retraite_invalidite
    if applies is True:
        findings.append(_NOTICE_RETRAITE_INVALIDITE)
    elif applies is False:
        not_applicable.append('retraite_invalidité')

    deadlines: list[rt.DeadlineInfo] = []
    condition: bool | None = None if dossier_objet is None else dossier_objet == 'arrêt'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'arrêt_48h',
                "Transmission de l'arrêt de travail dans les 48 heures",
                arret_48h,
                True,
                (_CITE_DELAI_ARRET,),
                '48 h après arrêt.date_établissement',
            )
        )
    condition = None if conge_type is None else conge_type == 'cmo'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'six_mois_cmo',
                'Fin des six premiers mois consécutifs de CMO',
                six_mois_cmo,
                False,
                (_CITE_SIX_MOIS_CMO,),
                '6 mois après arrêt.date_début_continu arrondi au dernier jour du mois',
            )
        )
    condition = None if conge_type is None else conge_type == 'cmo'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'douze_mois_cmo',
                'Fin des douze mois consécutifs de CMO',
                douze_mois_cmo,
                False,
                (_CITE_DOUZE_MOIS_CMO,),
                '12 mois après arrêt.date_début_continu arrondi au dernier jour du mois',
            )
        )
    condition = None if dossier_objet is None else dossier_objet == 'renouvellement'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'renouvellement_deux_mois',
                (
                    "Demande de renouvellement au minimum 2 mois avant l'expiration de la période "
                    'en cours'
                ),
                renouvellement_deux_mois,
                True,
                (_CITE_DELAI_RENOUVELLEMENT,),
                '2 mois avant congé.date_fin_période_en_cours arrondi au début du mois suivant',
            )
        )
    condition = None if dossier_objet is None else dossier_objet == 'reprise'
    if condition is not False:
        deadlines.append(
            rt.DeadlineInfo(
                'reprise_trois_mois',
                (
                    'Demande de reprise au plus tard 3 mois avant la fin de la période de congé en '
                    'cours'
                ),
                reprise_trois_mois,
                True,
                (_CITE_DEMANDE_REPRISE,),
                '3 mois avant congé.date_fin_période_en_cours arrondi au début du mois suivant',
            )
        )
    opinions: list[rt.OpinionInfo] = []
    condition = rt.any3(
        rt.all3(
            (None if conge_type is None else conge_type == 'cmo'),
            (None if dossier_objet is None else dossier_objet == 'arrêt'),
            rt.not3(
                None
                if conge_date_fin is None or six_mois_cmo is None
                else conge_date_fin < six_mois_cmo
            ),
        ),
        rt.and3(
            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
            (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
        ),
        rt.and3(
            (None if dossier_objet is None else dossier_objet == 'reprise'),
            rt.or3(
                (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                rt.and3(
                    (None if conge_type is None else conge_type == 'cmo'),
                    rt.not3(
                        None
                        if conge_date_fin_periode_en_cours is None or douze_mois_cmo is None
                        else conge_date_fin_periode_en_cours < douze_mois_cmo
                    ),
                ),
            ),
        ),
    )
    if condition is not False:
        opinions.append(_OPINION_AVIS_CMD)
    condition = rt.and3(
        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
        (None if dossier_objet is None else dossier_objet == 'octroi'),
    )
    if condition is not False:
        opinions.append(_OPINION_EXPERTISE_AGREE)
    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER),
        checklist=checklist,
        deadlines=tuple(deadlines),
        opinions=tuple(opinions),
        submissions=submissions,
        computed={
            'gestion.service_rh': gestion_service_rh,
            'gestion.affaires_médicales': gestion_affaires_medicales,
            'droits.durée_max': droits_duree_max,
            'droits.plein': droits_plein,
            'droits.demi': droits_demi,
            'droits_cm.plein': droits_cm_plein,
            'droits_cm.demi': droits_cm_demi,
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_statut,
        _,
        agent_position,
        arret_date_etablissement,
        arret_date_transmission,
        demande_date_depot,
        conge_type,
        dossier_objet,
        arret_date_debut_continu,
        conge_date_fin,
        conge_date_fin_periode_en_cours,
        conge_duree_periode,
        conge_affection_cld,
        conge_cld_meme_affection,
        conge_duree_clm_accomplie,
        agent_clm_anterieur,
        agent_reprise_depuis_clm,
        agent_anciennete_services,
        agent_contrat_date_fin,
        _,
        dossier_retraite_invalidite,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/conges_maladie_2019.circ:68 échéance arrêt_48h
    arret_48h = rt.shift_date(arret_date_etablissement, 2, 'jours', 'après', None, False)
    # circulars/conges_maladie_2019.circ:72 échéance six_mois_cmo
    six_mois_cmo = rt.shift_date(
        arret_date_debut_continu, 6, 'mois', 'après', 'dernier jour', False
    )
    # circulars/conges_maladie_2019.circ:76 échéance douze_mois_cmo
    douze_mois_cmo = rt.shift_date(
        arret_date_debut_continu, 12, 'mois', 'après', 'dernier jour', False
    )
    # circulars/conges_maladie_2019.circ:80 échéance renouvellement_deux_mois
    renouvellement_deux_mois = rt.shift_date(
        conge_date_fin_periode_en_cours, 2, 'mois', 'avant', 'mois suivant', False
    )
    # circulars/conges_maladie_2019.circ:84 échéance reprise_trois_mois
    reprise_trois_mois = rt.shift_date(
        conge_date_fin_periode_en_cours, 3, 'mois', 'avant', 'mois suivant', False
    )
    # tested by 2 rules
    shared_5 = None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_2
    # tested by 3 rules
    shared_6 = rt.and3(
        (None if conge_type is None else conge_type == 'cld'),
        (None if dossier_objet is None else dossier_objet == 'octroi'),
    )
    # tested by 2 rules
    shared_7 = rt.and3(
        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
        (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
    )
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/conges_maladie_2019.circ:168 règle congés_titulaires (bloquante)
    applies: bool | None = None if conge_type is None else conge_type in _CONGE_TYPE_VALUES
    if applies is not False:
        holds: bool | None = None if agent_statut is None else agent_statut in _AGENT_STATUT_VALUES
        if holds is False and applies is True:
            failed.append('congés_titulaires')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:174 règle congés_non_titulaires (bloquante)
    applies = shared_5
    if applies is not False:
        holds = None if agent_statut is None else agent_statut == 'contractuel'
        if holds is False and applies is True:
            failed.append('congés_non_titulaires')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:183 règle délai_arrêt (avertissement)
    applies = None if dossier_objet is None else dossier_objet == 'arrêt'
    if applies is not False:
        holds = (
            None
            if arret_date_transmission is None or arret_48h is None
            else arret_date_transmission <= arret_48h
        )
        if holds is False and applies is True:
            failed.append('délai_arrêt')
            warned = True

    # circulars/conges_maladie_2019.circ:191 règle cmo_un_an (bloquante)
    applies = rt.and3(
        (None if conge_type is None else conge_type == 'cmo'),
        (None if dossier_objet is None else dossier_objet == 'arrêt'),
    )
    if applies is not False:
        holds = (
            None
            if conge_date_fin is None or douze_mois_cmo is None
            else conge_date_fin < douze_mois_cmo
        )
        if holds is False and applies is True:
            failed.append('cmo_un_an')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:206 règle cld_affection (bloquante)
    applies = shared_6
    if applies is not False:
        holds = conge_affection_cld
        if holds is False and applies is True:
            failed.append('cld_affection')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:212 règle cld_unique (bloquante)
    applies = shared_6
    if applies is not False:
        holds = None if conge_cld_meme_affection is None else not conge_cld_meme_affection
        if holds is False and applies is True:
            failed.append('cld_unique')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:218 règle cld_après_clm (bloquante)
    applies = shared_6
    if applies is not False:
        holds = None if conge_duree_clm_accomplie is None else conge_duree_clm_accomplie >= 12
        if holds is False and applies is True:
            failed.append('cld_après_clm')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:224 règle clm_nouveau (bloquante)
    applies = rt.all3(
        (None if conge_type is None else conge_type == 'clm'),
        (None if dossier_objet is None else dossier_objet == 'octroi'),
        agent_clm_anterieur,
    )
    if applies is not False:
        holds = None if agent_reprise_depuis_clm is None else agent_reprise_depuis_clm >= 12
        if holds is False and applies is True:
            failed.append('clm_nouveau')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:238 règle non_titulaire_en_activité (bloquante)
    applies = shared_5
    if applies is not False:
        holds = None if agent_position is None else agent_position == 'activité'
        if holds is False and applies is True:
            failed.append('non_titulaire_en_activité')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:245 règle cm_durée_contrat (bloquante)
    applies = None if conge_type is None else conge_type == 'cm'
    if applies is not False:
        holds = (
            None
            if conge_date_fin is None or agent_contrat_date_fin is None
            else conge_date_fin <= agent_contrat_date_fin
        )
        if holds is False and applies is True:
            failed.append('cm_durée_contrat')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:251 règle cgm_ancienneté (bloquante)
    applies = rt.and3(
        (None if conge_type is None else conge_type == 'cgm'),
        (None if dossier_objet is None else dossier_objet == 'octroi'),
    )
    if applies is not False:
        holds = None if agent_anciennete_services is None else agent_anciennete_services >= 36
        if holds is False and applies is True:
            failed.append('cgm_ancienneté')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:264 règle période_trois_six_mois (bloquante)
    applies = shared_7
    if applies is not False:
        holds = rt.and3(
            (None if conge_duree_periode is None else conge_duree_periode >= 3),
            (None if conge_duree_periode is None else conge_duree_periode <= 6),
        )
        if holds is False and applies is True:
            failed.append('période_trois_six_mois')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:271 règle délai_renouvellement (bloquante)
    applies = rt.and3(
        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_4),
        (None if dossier_objet is None else dossier_objet == 'renouvellement'),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or renouvellement_deux_mois is None
            else demande_date_depot <= renouvellement_deux_mois
        )
        if holds is False and applies is True:
            failed.append('délai_renouvellement')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:279 règle délai_reprise (bloquante)
    applies = rt.and3(
        (None if dossier_objet is None else dossier_objet == 'reprise'),
        rt.or3(
            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
            rt.and3(
                (None if conge_type is None else conge_type == 'cmo'),
                rt.not3(
                    None
                    if conge_date_fin_periode_en_cours is None or douze_mois_cmo is None
                    else conge_date_fin_periode_en_cours < douze_mois_cmo
                ),
            ),
        ),
    )
    if applies is not False:
        holds = (
            None
            if demande_date_depot is None or reprise_trois_mois is None
            else demande_date_depot <= reprise_trois_mois
        )
        if holds is False and applies is True:
            failed.append('délai_reprise')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:305 règle renonciation_première_période (bloquante)
    applies = None if dossier_objet is None else dossier_objet == 'renonciation'
    if applies is not False:
        holds = None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_5
        if holds is False and applies is True:
            failed.append('renonciation_première_période')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/conges_maladie_2019.circ:321 règle dossier_complet (bloquante)
    applies = shared_7
    if applies is not False:
        holds = rt.all_provided(
            dossier_pieces_fournies,
            (
                (
                    (None if dossier_objet is None else dossier_objet == 'arrêt'),
                    'arrêt_de_travail',
                    'Arrêt de travail initial ou de prolongation (imprimé CERFA)',
                ),
                (
                    rt.all3(
                        (None if conge_type is None else conge_type == 'cmo'),
                        (None if dossier_objet is None else dossier_objet == 'arrêt'),
                        rt.not3(
                            None
                            if conge_date_fin is None or six_mois_cmo is None
                            else conge_date_fin < six_mois_cmo
                        ),
                    ),
                    'arrêts_originaux',
                    (
                        "Arrêts de travail originaux depuis le début de l'arrêt continu, puis les "
                        'suivants'
                    ),
                ),
                (
                    rt.and3(
                        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                        (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
                    ),
                    'demande_écrite',
                    (
                        "Demande écrite (lettre personnelle ou formulaire) sollicitant l'octroi "
                        'du congé, avec nom, adresse et téléphone'
                    ),
                ),
                (
                    rt.or3(
                        rt.and3(
                            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                            (
                                None
                                if dossier_objet is None
                                else dossier_objet in _DOSSIER_OBJET_VALUES
                            ),
                        ),
                        (None if dossier_objet is None else dossier_objet == 'renonciation'),
                    ),
                    'certificat_simple',
                    'Certificat médical simple du médecin traitant (sans détailler la pathologie)',
                ),
                (
                    rt.and3(
                        (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                        (None if dossier_objet is None else dossier_objet in _DOSSIER_OBJET_VALUES),
                    ),
                    'certificat_détaillé',
                    (
                        'Certificat médical détaillé du médecin spécialiste de la pathologie, sous '
                        'pli confidentiel'
                    ),
                ),
                (
                    rt.and3(
                        (None if dossier_objet is None else dossier_objet == 'reprise'),
                        rt.or3(
                            (None if conge_type is None else conge_type in _CONGE_TYPE_VALUES_3),
                            rt.and3(
                                (None if conge_type is None else conge_type == 'cmo'),
                                rt.not3(
                                    None
                                    if conge_date_fin_periode_en_cours is None
                                    or douze_mois_cmo is None
                                    else conge_date_fin_periode_en_cours < douze_mois_cmo
                                ),
                            ),
                        ),
                    ),
                    'demande_reprise',
                    'Demande de reprise de fonctions',
                ),
                (
                    rt.all3(
                        (None if dossier_objet is None else dossier_objet == 'reprise'),
                        (None if conge_type is None else conge_type == 'cmo'),
                        (
                            None
                            if conge_date_fin_periode_en_cours is None or douze_mois_cmo is None
                            else conge_date_fin_periode_en_cours < douze_mois_cmo
                        ),
                        rt.not3(
                            None
                            if conge_date_fin_periode_en_cours is None or six_mois_cmo is None
                            else conge_date_fin_periode_en_cours < six_mois_cmo
                        ),
                    ),
                    'attestation_reprise',
                    (
                        "Attestation de reprise établie par le service ou l'établissement "
                        "d'affectation"
                    ),
                ),
                (
                    (None if dossier_objet is None else dossier_objet == 'renonciation'),
                    'lettre_renonciation',
                    'Lettre de renonciation à la demande de CLM ou de CGM',
                ),
                (
                    dossier_retraite_invalidite,
                    'lettre_retraite',
                    (
                        'Lettre sollicitant une dernière période de CLM, de CLD ou de '
                        "disponibilité d'office suivie d'une retraite pour invalidité"
                    ),
                ),
                (
                    dossier_retraite_invalidite,
                    'certificat_retraite',
                    (
                        'Certificat médical simple du médecin traitant (ordonnance) mentionnant le '
                        'dernier renouvellement et la mise à la retraite pour invalidité'
                    ),
                ),
                (
                    rt.and3(
                        dossier_retraite_invalidite,
                        (None if agent_statut is None else agent_statut == 'titulaire'),
                    ),
                    'dossier_retraite',
                    "Dossier d'admission à la retraite",
                ),
            ),
        )
        if holds is False and applies is True:
            failed.append('dossier_complet')
            refused = True
        elif holds is not True:
            undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
