# Généré par circdsl depuis circulars/amenagement_poste_aix_marseille_2025.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
"Validateur : Aménagement du poste de travail pour raison de santé, année scolaire 2025-2026 (Rectorat de l'académie d'Aix-Marseille)."

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'Facts', 'evaluate']

CIRCULAR = rt.CircularInfo(name='amenagement_poste_aix_marseille_2025', title='Aménagement du poste de travail pour raison de santé, année scolaire 2025-2026', authority="Rectorat de l'académie d'Aix-Marseille", reference='DIPE/24-1025-910', issued=datetime.date(2024, 11, 4), school_year='2025-2026', source='sources/003_70692b3584024c77.txt', file='circulars/amenagement_poste_aix_marseille_2025.circ')
FACT_LABELS = {'agent.statut': "Statut de l'agent", 'agent.fonction': 'Fonction exercée', 'agent.degré': "Degré d'enseignement", 'agent.ors_heures': 'Obligations réglementaires de service hebdomadaires (heures)', 'agent.rqth': "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « invalidité »...)", 'agent.temps_partiel_thérapeutique': "L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique", 'agent.département': "Département d'affectation (académie d'Aix-Marseille)", 'agent.position': 'Position administrative', 'agent.quotité': "Quotité de travail actuelle de l'agent (100 % à temps plein)", 'agent.congé_santé': 'Congé pour raison de santé en cours au moment de la demande', 'agent.durée_cmo': 'Durée du congé de maladie ordinaire en cours', 'agent.arrondissement': "Arrondissement municipal de l'établissement d'affectation (Paris, Lyon, Marseille)", 'demande.date_dépôt': 'Date de dépôt de la demande', 'mesures_demandées': "Aménagement(s) du poste de travail souhaité(s) pour l'année scolaire 2025-2026", 'heures_allègement': "Nombre d'heures d'allègement horaire demandées (par semaine)", 'heures_aménagement_service': "Nombre d'heures de décharge pour aménagement du service (par semaine)", 'motif_allègement': "Motif de l'allègement horaire", 'avis_conseil_médical_favorable': 'Le conseil médical a rendu un avis favorable à la reprise des fonctions', 'geo_affectation': "Groupement d'établissements (GEO) de l'établissement d'affectation (Bouches-du-Rhône)", 'envoi_postal_exceptionnel': "Impossibilité d'accès aux outils informatiques permettant l'envoi électronique du dossier administratif", 'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur'}
_FACT_ORDER = {'agent.statut': 0, 'agent.fonction': 1, 'agent.degré': 2, 'agent.ors_heures': 3, 'agent.rqth': 4, 'agent.temps_partiel_thérapeutique': 5, 'agent.département': 6, 'agent.position': 7, 'agent.quotité': 8, 'agent.congé_santé': 9, 'agent.durée_cmo': 10, 'agent.arrondissement': 11, 'demande.date_dépôt': 12, 'mesures_demandées': 13, 'heures_allègement': 14, 'heures_aménagement_service': 15, 'motif_allègement': 16, 'avis_conseil_médical_favorable': 17, 'geo_affectation': 18, 'envoi_postal_exceptionnel': 19, 'dossier.pièces_fournies': 20}
_SET = frozenset({'d04', 'd05'})
_SET_2 = frozenset({'arles', 'marignane', 'martigues'})
_SET_3 = frozenset({2})
_SET_4 = frozenset({'aix_en_provence', 'aubagne', 'gardanne', 'marseille_centre_est', 'marseille_nord_est', 'marseille_sud', 'orgon', 'salon_de_provence', 'vitrolles'})
_SET_5 = frozenset({13})
_SERVICE_MEDECIN_ARNAL = rt.Recipient('médecin_arnal', 'Docteur ARNAL Élisabeth, médecin du travail', True, "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du docteur ARNAL Élisabeth (elisabeth.arnal@ac-aix-marseille.fr) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1")
_SERVICE_MEDECIN_DORSO = rt.Recipient('médecin_dorso', "Docteur D'ORSO ALBERAND Gil, médecin du travail", True, "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du docteur D'ORSO ALBERAND Gil (gil.dorso@ac-aix-marseille.fr) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1")
_SERVICE_MEDECIN_MUNTEANU = rt.Recipient('médecin_munteanu', 'Docteur MUNTEANU Ioana, médecin du travail', True, "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du docteur MUNTEANU Ioana (ioana.munteanu@ac-aix-marseille.fr) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1")
_ROWS_MEDECIN_DOSSIER = ((_SERVICE_MEDECIN_ARNAL,), (_SERVICE_MEDECIN_DORSO,), (_SERVICE_MEDECIN_DORSO,), (_SERVICE_MEDECIN_DORSO,), (_SERVICE_MEDECIN_MUNTEANU,), (_SERVICE_MEDECIN_MUNTEANU,), (_SERVICE_MEDECIN_MUNTEANU,), (_SERVICE_MEDECIN_DORSO,))
_SET_6 = frozenset({'enseignement', 'orientation', 'éducation'})
_SET_7 = frozenset({'allègement_horaire'})
_SET_8 = frozenset({'reprise_après_poste_adapté', 'traitement_médical_lourd'})
_SET_9 = frozenset({'aménagement_service'})
_SET_10 = frozenset({'cld', 'clm'})
_DATE_2024_12_13 = datetime.date(2024, 12, 13)
_SET_11 = frozenset({'adaptation_emploi_du_temps', 'salle_de_cours'})
_SERVICE_DIPE = rt.Recipient('dipe', "Division des personnels enseignants (DIPE), rectorat d'Aix-Marseille", False, "dispositif-readaptation@ac-aix-marseille.fr ; à titre exceptionnel par voie postale : Rectorat de l'académie d'Aix-Marseille – DIPE – A l'attention de Mme SCHNEIDER – Place Lucien Paye – 13621 Aix-en-Provence CEDEX 1")
_CITE = rt.Citation("le courrier de demande de l'intéressé(e)", 'sources/003_70692b3584024c77.txt', 138)
_CITE_2 = rt.Citation('la fiche de « renseignements » (Annexe 1) à renseigner systématiquement', 'sources/003_70692b3584024c77.txt', 139)
_CITE_3 = rt.Citation("la fiche de « demande d'aménagement du poste de travail » (Annexe 2), et/ou la fiche de « demande d'affectation en poste adapté » (Annexe 3)", 'sources/003_70692b3584024c77.txt', 140)
_CITE_4 = rt.Citation("le cas échéant l'attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) délivrée par la maison départementale des personnes handicapées (MDPH)", 'sources/003_70692b3584024c77.txt', 141)
_CITE_5 = rt.Citation("un certificat médical récent précisant de manière détaillée la nature de la maladie et les difficultés ou l'incapacité qu'elle entraîne dans l'exercice des fonctions (original sous pli cacheté)", 'sources/003_70692b3584024c77.txt', 145)
_CITE_6 = rt.Citation("accompagné d'un courrier explicatif de l'agent à l'attention du médecin du travail", 'sources/003_70692b3584024c77.txt', 145)
_CITE_7 = rt.Citation("le relevé des congés (maladie, longue maladie, longue durée) ou disponibilité d'office. Il conviendra de préciser si les congés de *longue durée* déjà obtenus ont été accordés pour une affection de *nature différente* de celle dont l'intéressé(e) souffre à la date de présentation de la demande", 'sources/003_70692b3584024c77.txt', 146)
_CITE_8 = rt.Citation("l'avis du conseil médical départemental pour les personnels qui sont placés, au moment où ils postulent, en congé de longue maladie, de longue durée, en disponibilité d'office ou après 6 mois de congé de maladie ordinaire", 'sources/003_70692b3584024c77.txt', 147)
_CITE_9 = rt.Citation('Les agents fonctionnaires titulaires qui souhaitent obtenir un aménagement du poste de travail ou un poste adapté.', 'sources/003_70692b3584024c77.txt', 23)
_RULE_TITULAIRE = rt.RuleInfo('titulaire', 'Public concerné : agents fonctionnaires titulaires', 'bloquante', (_CITE_9,), 'circulars/amenagement_poste_aix_marseille_2025.circ:131')
_LABELS_AGENT_STATUT = {'titulaire': 'Titulaire', 'stagiaire': 'Stagiaire', 'contractuel': 'Contractuel'}
_CITE_10 = rt.Citation("DISPOSITIF D'ACCOMPAGNEMENT DES PERSONNELS D'ENSEIGNEMENT, D'ÉDUCATION ET PSYCHOLOGUES DE L'ÉDUCATION NATIONALE DU SECOND DEGRÉ PUBLIC", 'sources/003_70692b3584024c77.txt', 7)
_RULE_FONCTION_CONCERNEE = rt.RuleInfo('fonction_concernée', "Public concerné : personnels d'enseignement, d'éducation et psychologues de l'éducation nationale", 'bloquante', (_CITE_10,), 'circulars/amenagement_poste_aix_marseille_2025.circ:136')
_LABELS_AGENT_FONCTION = {'enseignement': 'Personnel enseignant', 'éducation': "Personnel d'éducation (CPE)", 'orientation': "Psychologue de l'éducation nationale (orientation)", 'administratif': 'Personnel administratif, technique ou de santé'}
_RULE_SECOND_DEGRE = rt.RuleInfo('second_degré', 'Public concerné : enseignants du second degré public', 'bloquante', (_CITE_10,), 'circulars/amenagement_poste_aix_marseille_2025.circ:141')
_LABELS_AGENT_DEGRE = {'premier': 'Premier degré', 'second': 'Second degré'}
_CITE_11 = rt.Citation("AMÉNAGEMENT DU POSTE DE TRAVAIL SOUHAITÉ AU TITRE DE L'ANNÉE SCOLAIRE 2025-2026", 'sources/003_70692b3584024c77.txt', 269)
_RULE_AU_MOINS_UNE_MESURE = rt.RuleInfo('au_moins_une_mesure', 'Au moins un aménagement demandé', 'bloquante', (_CITE_11,), 'circulars/amenagement_poste_aix_marseille_2025.circ:148')
_CITE_12 = rt.Citation("permet à l'agent d'être déchargé, dans la limite maximale du tiers de son obligation réglementaire de service (ORS), tout en continuant à percevoir l'intégralité de son traitement", 'sources/003_70692b3584024c77.txt', 106)
_RULE_ALLEGEMENT_TIERS_ORS = rt.RuleInfo('allègement_tiers_ors', "Allègement horaire : au plus le tiers de l'ORS", 'bloquante', (_CITE_12,), 'circulars/amenagement_poste_aix_marseille_2025.circ:154')
_CITE_13 = rt.Citation("Il s'agit d'une mesure exceptionnelle, accordée en raison de l'état de santé de l'agent, afin de suivre un traitement médical lourd ou de faciliter la reprise de son activité après une affectation sur un poste adapté.", 'sources/003_70692b3584024c77.txt', 104)
_RULE_ALLEGEMENT_MOTIF = rt.RuleInfo('allègement_motif', 'Allègement horaire : traitement médical lourd ou reprise après un poste adapté', 'bloquante', (_CITE_13,), 'circulars/amenagement_poste_aix_marseille_2025.circ:160')
_LABELS_MOTIF_ALLEGEMENT = {'traitement_médical_lourd': 'Suivre un traitement médical lourd', 'reprise_après_poste_adapté': "Faciliter la reprise d'activité après une affectation sur poste adapté", 'autre_motif': 'Autre motif'}
_CITE_14 = rt.Citation('Elle peut être accordée à un agent exerçant à temps partiel, mais ne peut se cumuler avec le temps partiel thérapeutique.', 'sources/003_70692b3584024c77.txt', 108)
_RULE_ALLEGEMENT_NON_CUMUL_TPT = rt.RuleInfo('allègement_non_cumul_tpt', 'Allègement horaire : pas de cumul avec le temps partiel thérapeutique', 'bloquante', (_CITE_14,), 'circulars/amenagement_poste_aix_marseille_2025.circ:166')
_CITE_15 = rt.Citation('Ces mesures sont compatibles avec un temps partiel, à la condition que la quotité totale du temps de travail ne soit pas inférieure à 50%.', 'sources/003_70692b3584024c77.txt', 116)
_RULE_ALLEGEMENT_QUOTITE_TOTALE = rt.RuleInfo('allègement_quotité_totale', "Allègement horaire et temps partiel : quotité totale d'au moins 50 %", 'bloquante', (_CITE_15,), 'circulars/amenagement_poste_aix_marseille_2025.circ:172')
_CITE_16 = rt.Citation("ORS réduite jusqu'au tiers pour effectuer des tâches différentes de l'activité professionnelle classique", 'sources/003_70692b3584024c77.txt', 296)
_CITE_17 = rt.Citation("L'agent voit son obligation réglementaire de service (ORS) aménagée pour effectuer des tâches différentes de son activité professionnelle classique (*enseignement, éducation, orientation*) comme le soutien à de petits groupes d'élèves ou bien la participation à des missions en appui des services administratifs ou techniques de son établissement.", 'sources/003_70692b3584024c77.txt', 114)
_RULE_AMENAGEMENT_SERVICE_TIERS_ORS = rt.RuleInfo('aménagement_service_tiers_ors', "Aménagement du service : décharge d'au plus le tiers de l'ORS", 'bloquante', (_CITE_16, _CITE_17), 'circulars/amenagement_poste_aix_marseille_2025.circ:179')
_RULE_AMENAGEMENT_SERVICE_QUOTITE = rt.RuleInfo('aménagement_service_quotité', "Aménagement du service et temps partiel : quotité totale d'au moins 50 %", 'bloquante', (_CITE_15,), 'circulars/amenagement_poste_aix_marseille_2025.circ:186')
_CITE_18 = rt.Citation("les personnels en congé de longue maladie ou en congé de longue durée ne peuvent reprendre leurs fonctions, même par le biais du poste adapté, en l'absence d'avis favorable du conseil médical", 'sources/003_70692b3584024c77.txt', 147)
_RULE_REPRISE_CLM_CLD = rt.RuleInfo('reprise_clm_cld', 'CLM ou CLD : avis favorable du conseil médical pour reprendre', 'bloquante', (_CITE_18,), 'circulars/amenagement_poste_aix_marseille_2025.circ:193')
_CITE_19 = rt.Citation('Date limite : Vendredi 13 décembre 2024 – Délai de rigueur', 'sources/003_70692b3584024c77.txt', 152)
_RULE_DELAI_DE_RIGUEUR = rt.RuleInfo('délai_de_rigueur', 'Transmission au plus tard le 13 décembre 2024 (délai de rigueur)', 'bloquante', (_CITE_19,), 'circulars/amenagement_poste_aix_marseille_2025.circ:205')
_CITE_20 = rt.Citation("L'aménagement du poste de travail doit permettre le maintien en activité sur le poste occupé ou de réintégrer les fonctions précédentes.", 'sources/003_70692b3584024c77.txt', 88)
_CITE_21 = rt.Citation('Maintien sur le poste', 'sources/003_70692b3584024c77.txt', 394)
_RULE_OBJECTIF_AMENAGEMENT = rt.RuleInfo('objectif_aménagement', "Objet de l'aménagement du poste de travail", 'information', (_CITE_20, _CITE_21), 'circulars/amenagement_poste_aix_marseille_2025.circ:211')
_CITE_22 = rt.Citation("Ces préconisations font l'objet d'un courrier à l'agent sous couvert du supérieur hiérarchique", 'sources/003_70692b3584024c77.txt', 92)
_CITE_23 = rt.Citation('qui les mettra en œuvre dans la mesure du possible.', 'sources/003_70692b3584024c77.txt', 92)
_CITE_24 = rt.Citation("L'agent peut solliciter une adaptation de son emploi du temps journalier et/ou hebdomadaire selon les besoins de son état de santé. L'agent peut également bénéficier d'un regroupement ou d'un étalement de son obligation réglementaire de service (ORS). Dans tous les cas, l'agent assure l'intégralité de son ORS au sein de son établissement ou service.", 'sources/003_70692b3584024c77.txt', 96)
_RULE_EMPLOI_DU_TEMPS_SALLE = rt.RuleInfo('emploi_du_temps_salle', "Adaptation de l'emploi du temps, salle de cours : préconisations mises en œuvre dans la mesure du possible", 'information', (_CITE_22, _CITE_23, _CITE_24), 'circulars/amenagement_poste_aix_marseille_2025.circ:216')
_CITE_25 = rt.Citation("Elle peut être accordée pour la durée de l'année scolaire", 'sources/003_70692b3584024c77.txt', 106)
_CITE_26 = rt.Citation("un accompagnement limité dans le temps, ne peut être envisagé comme une compensation d'un handicap pérenne.", 'sources/003_70692b3584024c77.txt', 110)
_CITE_27 = rt.Citation("Rappel des modalités d'attribution : les allègements de service, qui correspondent à un accompagnement limité dans le temps, ne peuvent être envisagés comme une compensation d'un handicap pérenne. C'est d'ailleurs la raison pour laquelle ils sont attribués au titre d'une année scolaire et ne sont pas reconduits de manière automatique, et, s'ils le sont, c'est généralement de manière dégressive.", 'sources/003_70692b3584024c77.txt', 307)
_CITE_28 = rt.Citation('Attribution pour 1 an, éventuellement renouvelable', 'sources/003_70692b3584024c77.txt', 393)
_RULE_ALLEGEMENT_TEMPORAIRE = rt.RuleInfo('allègement_temporaire', 'Allègement horaire : accompagnement limité dans le temps', 'information', (_CITE_25, _CITE_26, _CITE_27, _CITE_28), 'circulars/amenagement_poste_aix_marseille_2025.circ:223')
_CITE_29 = rt.Citation("Le renouvellement d'une de ces mesures n'est pas automatique. Par conséquent, l'intéressé(e) doit en faire la demande auprès du recteur, selon la procédure indiquée dans la deuxième partie et au moyen des imprimés joints (annexes 1 et 2).", 'sources/003_70692b3584024c77.txt', 118)
_RULE_RENOUVELLEMENT_NON_AUTOMATIQUE = rt.RuleInfo('renouvellement_non_automatique', 'Renouvellement non automatique', 'information', (_CITE_29,), 'circulars/amenagement_poste_aix_marseille_2025.circ:231')
_CITE_30 = rt.Citation("L'OTT est la possibilité pour les personnels en congé de longue maladie ou en congé de longue durée d'exercer, par exception à l'obligation de repos, une activité de réadaptation médicalement ordonnée et contrôlée.", 'sources/003_70692b3584024c77.txt', 124)
_CITE_31 = rt.Citation("### III) L'OCCUPATION A TITRE THERAPEUTIQUE (OTT)", 'sources/003_70692b3584024c77.txt', 122)
_CITE_32 = rt.Citation("Cette activité est organisée sous forme de périodes d'observation dans un cadre professionnel adapté, en vue d'une préparation à un retour à l'emploi (retour à la fonction statutaire ou découverte de nouvelles fonctions).", 'sources/003_70692b3584024c77.txt', 124)
_RULE_OCCUPATION_THERAPEUTIQUE = rt.RuleInfo('occupation_thérapeutique', 'Congé de longue maladie ou de longue durée : occupation à titre thérapeutique (OTT)', 'information', (_CITE_30, _CITE_31, _CITE_32), 'circulars/amenagement_poste_aix_marseille_2025.circ:235')
_CITE_33 = rt.Citation("Les agents en situation de handicap et bénéficiaires d'une RQTH peuvent également demander un aménagement matériel ou technique du poste, ou encore une assistance humaine. Ces dispositifs font l'objet d'une circulaire spécifique", 'sources/003_70692b3584024c77.txt', 26)
_RULE_AMENAGEMENT_MATERIEL_RQTH = rt.RuleInfo('aménagement_matériel_rqth', "Agents bénéficiaires d'une RQTH : aménagement matériel ou assistance humaine", 'information', (_CITE_33,), 'circulars/amenagement_poste_aix_marseille_2025.circ:242')
_CITE_34 = rt.Citation('Les personnels devront constituer 2 dossiers pour que leur situation personnelle puisse être examinée par la médecine de prévention, la division des personnels enseignants (DIPE) et la direction des relations et ressources humaines (DRRH)', 'sources/003_70692b3584024c77.txt', 134)
_RULE_DOSSIERS_COMPLETS = rt.RuleInfo('dossiers_complets', 'Dossiers administratif et médical complets', 'bloquante', (_CITE_34,), 'circulars/amenagement_poste_aix_marseille_2025.circ:249')
_CITE_35 = rt.Citation('en respectant la date butoir du vendredi 13 décembre 2024', 'sources/003_70692b3584024c77.txt', 182)
_CITE_36 = rt.Citation('(à retourner à la DIPE et à la médecine de prévention pour le 13 décembre 2024)', 'sources/003_70692b3584024c77.txt', 232)
_DEADLINE_DATE_LIMITE = rt.DeadlineInfo('date_limite', 'Date limite de transmission des dossiers (délai de rigueur)', _DATE_2024_12_13, True, (_CITE_19, _CITE_35, _CITE_36))
_SERVICE_MEDECIN_DU_TRAVAIL = rt.Recipient('médecin_du_travail', 'Médecin du travail, service de médecine de prévention du rectorat', True, "Rectorat de l'académie d'Aix-Marseille - médecine de prévention (à l'attention du médecin du travail concerné) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1")
_CITE_37 = rt.Citation("Les avis préalables du médecin du travail, pour l'octroi d'une ou plusieurs mesures, et du supérieur hiérarchique, sont requis.", 'sources/003_70692b3584024c77.txt', 120)
_OPINION_MEDECIN_TRAVAIL = rt.OpinionInfo('médecin_travail', "Avis préalable du médecin du travail pour l'octroi d'une ou plusieurs mesures", 'obligatoire', _SERVICE_MEDECIN_DU_TRAVAIL, (_CITE_37,))
_SERVICE_CHEF_ETABLISSEMENT = rt.Recipient('chef_établissement', "Chef d'établissement, chef de service ou directeur de CIO", False, None)
_CITE_38 = rt.Citation('Avis du supérieur hiérarchique (à cocher) :', 'sources/003_70692b3584024c77.txt', 313)
_CITE_39 = rt.Citation('Commentaires éventuels sur la demande :', 'sources/003_70692b3584024c77.txt', 318)
_OPINION_SUPERIEUR = rt.OpinionInfo('supérieur', 'Avis du supérieur hiérarchique (favorable ou défavorable, annexe 2)', 'obligatoire', _SERVICE_CHEF_ETABLISSEMENT, (_CITE_37, _CITE_38, _CITE_39))
_CITE_40 = rt.Citation('### 1 – Dossier administratif (1 exemplaire numérisé)', 'sources/003_70692b3584024c77.txt', 154)
_CITE_41 = rt.Citation("Par voie électronique à l'adresse mail suivante", 'sources/003_70692b3584024c77.txt', 158)
_CITE_42 = rt.Citation("en privilégiant l'envoi des annexes d'une même demande d'aménagement, groupées en un seul PDF", 'sources/003_70692b3584024c77.txt', 158)
_CITE_43 = rt.Citation('Le dossier administratif comprendra :', 'sources/003_70692b3584024c77.txt', 136)
_CITE_44 = rt.Citation('### 2 – Dossier médical (1 exemplaire papier)', 'sources/003_70692b3584024c77.txt', 164)
_CITE_45 = rt.Citation("Les chefs d'établissement, de service ou les directeurs de CIO transmettront également", 'sources/003_70692b3584024c77.txt', 166)
_CITE_46 = rt.Citation("Par voie postale uniquement, le dossier médical sous enveloppe cachetée par l'intéressé(e), et accompagné d'un exemplaire papier du dossier administratif + RQTH", 'sources/003_70692b3584024c77.txt', 168)
_CITE_47 = rt.Citation('Le dossier médical comportera :', 'sources/003_70692b3584024c77.txt', 143)
_CITE_48 = rt.Citation("Les chefs d'établissement, de service ou les directeurs de CIO veilleront à transmettre ces dossiers, au fur et à mesure de leur réception, dans les deux services concernés (service santé-médecine du travail et DIPE), en respectant la date butoir du vendredi 13 décembre 2024.", 'sources/003_70692b3584024c77.txt', 182)

class Facts(rt.FactsModel):
    "Situation d'un demandeur ; un fait absent est inconnu."

    # circulars/commun.circ:8
    agent_statut: Literal['titulaire', 'stagiaire', 'contractuel'] | None = Field(default=None, alias='agent.statut', title="Statut de l'agent")
    # circulars/commun.circ:14
    agent_fonction: Literal['enseignement', 'éducation', 'orientation', 'administratif'] | None = Field(default=None, alias='agent.fonction', title='Fonction exercée')
    # circulars/commun.circ:21
    agent_degre: Literal['premier', 'second'] | None = Field(default=None, alias='agent.degré', title="Degré d'enseignement")
    # circulars/commun.circ:26
    agent_ors_heures: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(default=None, alias='agent.ors_heures', title='Obligations réglementaires de service hebdomadaires (heures)')
    # circulars/commun.circ:30
    agent_rqth: bool | None = Field(default=None, alias='agent.rqth', title="L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « invalidité »...)")
    # circulars/commun.circ:32
    agent_temps_partiel_therapeutique: bool | None = Field(default=None, alias='agent.temps_partiel_thérapeutique', title="L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique")
    # circulars/commun.circ:62
    agent_departement: Literal['d04', 'd05', 'd13', 'd84'] | None = Field(default=None, alias='agent.département', title="Département d'affectation (académie d'Aix-Marseille)")
    # circulars/commun.circ:69
    agent_position: Literal['activité', 'mise_à_disposition', 'détachement', 'disponibilité_office_santé', 'disponibilité', 'congé_parental', 'autre_position'] | None = Field(default=None, alias='agent.position', title='Position administrative')
    # circulars/commun.circ:88
    agent_quotite: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(default=None, alias='agent.quotité', title="Quotité de travail actuelle de l'agent (100 % à temps plein)")
    # circulars/commun.circ:90
    agent_conge_sante: Literal['aucun_congé', 'cmo', 'clm', 'cld', 'citis'] | None = Field(default=None, alias='agent.congé_santé', title='Congé pour raison de santé en cours au moment de la demande')
    # circulars/commun.circ:98
    agent_duree_cmo: Annotated[int, Field(ge=0, le=12)] | None = Field(default=None, alias='agent.durée_cmo', title='Durée du congé de maladie ordinaire en cours')
    # circulars/commun.circ:100
    agent_arrondissement: Annotated[int, Field(ge=1, le=20)] | None = Field(default=None, alias='agent.arrondissement', title="Arrondissement municipal de l'établissement d'affectation (Paris, Lyon, Marseille)")
    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande')
    # circulars/amenagement_poste_aix_marseille_2025.circ:29
    mesures_demandees: frozenset[Literal['adaptation_emploi_du_temps', 'salle_de_cours', 'allègement_horaire', 'aménagement_service']] | None = Field(default=None, alias='mesures_demandées', title="Aménagement(s) du poste de travail souhaité(s) pour l'année scolaire 2025-2026")
    # circulars/amenagement_poste_aix_marseille_2025.circ:43
    heures_allegement: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(default=None, alias='heures_allègement', title="Nombre d'heures d'allègement horaire demandées (par semaine)")
    # circulars/amenagement_poste_aix_marseille_2025.circ:45
    heures_amenagement_service: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(default=None, alias='heures_aménagement_service', title="Nombre d'heures de décharge pour aménagement du service (par semaine)")
    # circulars/amenagement_poste_aix_marseille_2025.circ:47
    motif_allegement: Literal['traitement_médical_lourd', 'reprise_après_poste_adapté', 'autre_motif'] | None = Field(default=None, alias='motif_allègement', title="Motif de l'allègement horaire")
    # circulars/amenagement_poste_aix_marseille_2025.circ:54
    avis_conseil_medical_favorable: bool | None = Field(default=None, alias='avis_conseil_médical_favorable', title='Le conseil médical a rendu un avis favorable à la reprise des fonctions')
    # circulars/amenagement_poste_aix_marseille_2025.circ:56
    geo_affectation: Literal['martigues', 'marseille_nord', 'arles', 'marignane', 'aubagne', 'gardanne', 'orgon', 'salon_de_provence', 'vitrolles', 'aix_en_provence', 'marseille_sud', 'marseille_centre_est', 'marseille_nord_est', 'marseille_métropole'] | None = Field(default=None, alias='geo_affectation', title="Groupement d'établissements (GEO) de l'établissement d'affectation (Bouches-du-Rhône)")
    # circulars/amenagement_poste_aix_marseille_2025.circ:74
    envoi_postal_exceptionnel: bool | None = Field(default=None, alias='envoi_postal_exceptionnel', title="Impossibilité d'accès aux outils informatiques permettant l'envoi électronique du dossier administratif")
    # circulars/amenagement_poste_aix_marseille_2025.circ:250
    dossier_pieces_fournies: frozenset[Literal['courrier_demande', 'fiche_renseignements', 'fiche_demande_aménagement', 'attestation_rqth', 'certificat_médical', 'courrier_médecin', 'relevé_congés', 'avis_conseil_médical']] | None = Field(default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur')

    french_fields: ClassVar[dict[str, str]] = {'agent.ors_heures': 'number', 'agent_ors_heures': 'number', 'agent.rqth': 'boolean', 'agent_rqth': 'boolean', 'agent.temps_partiel_thérapeutique': 'boolean', 'agent_temps_partiel_therapeutique': 'boolean', 'agent.quotité': 'number', 'agent_quotite': 'number', 'agent.durée_cmo': 'number', 'agent_duree_cmo': 'number', 'agent.arrondissement': 'number', 'agent_arrondissement': 'number', 'demande.date_dépôt': 'date', 'demande_date_depot': 'date', 'heures_allègement': 'number', 'heures_allegement': 'number', 'heures_aménagement_service': 'number', 'heures_amenagement_service': 'number', 'avis_conseil_médical_favorable': 'boolean', 'avis_conseil_medical_favorable': 'boolean', 'envoi_postal_exceptionnel': 'boolean'}


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    'Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid.'
    facts = rt.validate(Facts, situation)
    f_agent_statut = facts.agent_statut
    f_agent_fonction = facts.agent_fonction
    f_agent_degre = facts.agent_degre
    f_agent_ors_heures = facts.agent_ors_heures
    f_agent_rqth = facts.agent_rqth
    f_agent_temps_partiel_therapeutique = facts.agent_temps_partiel_therapeutique
    f_agent_departement = facts.agent_departement
    f_agent_position = facts.agent_position
    f_agent_quotite = facts.agent_quotite
    f_agent_conge_sante = facts.agent_conge_sante
    f_agent_duree_cmo = facts.agent_duree_cmo
    f_agent_arrondissement = facts.agent_arrondissement
    f_demande_date_depot = facts.demande_date_depot
    f_mesures_demandees = facts.mesures_demandees
    f_heures_allegement = facts.heures_allegement
    f_heures_amenagement_service = facts.heures_amenagement_service
    f_motif_allegement = facts.motif_allegement
    f_avis_conseil_medical_favorable = facts.avis_conseil_medical_favorable
    f_geo_affectation = facts.geo_affectation
    f_envoi_postal_exceptionnel = facts.envoi_postal_exceptionnel
    f_dossier_pieces_fournies = facts.dossier_pieces_fournies
    # circulars/amenagement_poste_aix_marseille_2025.circ:109 table médecin_dossier
    tm_medecin_dossier = ((None if f_agent_departement is None else f_agent_departement == 'd84'), (None if f_agent_departement is None else f_agent_departement in _SET), rt.and3((None if f_agent_departement is None else f_agent_departement == 'd13'), (None if f_geo_affectation is None else f_geo_affectation in _SET_2)), rt.and3(rt.and3((None if f_agent_departement is None else f_agent_departement == 'd13'), (None if f_geo_affectation is None else f_geo_affectation == 'marseille_nord')), (None if f_agent_arrondissement is None else f_agent_arrondissement not in _SET_3)), rt.and3(rt.and3((None if f_agent_departement is None else f_agent_departement == 'd13'), (None if f_geo_affectation is None else f_geo_affectation == 'marseille_nord')), (None if f_agent_arrondissement is None else f_agent_arrondissement == 2)), rt.and3((None if f_agent_departement is None else f_agent_departement == 'd13'), (None if f_geo_affectation is None else f_geo_affectation in _SET_4)), rt.and3(rt.and3((None if f_agent_departement is None else f_agent_departement == 'd13'), (None if f_geo_affectation is None else f_geo_affectation == 'marseille_métropole')), (None if f_agent_arrondissement is None else f_agent_arrondissement not in _SET_5)), rt.and3(rt.and3((None if f_agent_departement is None else f_agent_departement == 'd13'), (None if f_geo_affectation is None else f_geo_affectation == 'marseille_métropole')), (None if f_agent_arrondissement is None else f_agent_arrondissement == 13)))
    row = rt.lookup(tm_medecin_dossier, _ROWS_MEDECIN_DOSSIER, None, 1)
    t_medecin_dossier_medecin = row[0]
    # circulars/amenagement_poste_aix_marseille_2025.circ:125 valeur plafond_tiers_ors
    v_plafond_tiers_ors = rt.div(f_agent_ors_heures, 3)
    # circulars/amenagement_poste_aix_marseille_2025.circ:128 valeur quotité_totale
    v_quotite_totale = rt.sub(f_agent_quotite, rt.mul(rt.div(f_heures_allegement, f_agent_ors_heures), 100))
    shared_1 = rt.any_in(f_mesures_demandees, _SET_7)  # tested by 4 rules
    shared_2 = (None if f_agent_conge_sante is None else f_agent_conge_sante in _SET_10)  # tested by 2 rules
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = [rt.ChecklistItem('courrier_demande', "Courrier de demande de l'intéressé(e)", 'à fournir', None, False, False, rt.deliveries(rt.routed('courriel', False, (_SERVICE_DIPE,), (), None, (None if f_envoi_postal_exceptionnel is None else not f_envoi_postal_exceptionnel), 'non envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (_SERVICE_DIPE,), (), None, f_envoi_postal_exceptionnel, 'envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), 'Dossier administratif : un exemplaire numérisé à la DIPE, un exemplaire papier joint au dossier médical.', (_CITE,)), rt.ChecklistItem('fiche_renseignements', 'Fiche de renseignements (annexe 1)', 'à fournir', None, False, False, rt.deliveries(rt.routed('courriel', False, (_SERVICE_DIPE,), (), None, (None if f_envoi_postal_exceptionnel is None else not f_envoi_postal_exceptionnel), 'non envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (_SERVICE_DIPE,), (), None, f_envoi_postal_exceptionnel, 'envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), None, (_CITE_2,)), rt.ChecklistItem('fiche_demande_aménagement', "Fiche de demande d'aménagement du poste de travail (annexe 2)", 'à fournir', None, False, False, rt.deliveries(rt.routed('courriel', False, (_SERVICE_DIPE,), (), None, (None if f_envoi_postal_exceptionnel is None else not f_envoi_postal_exceptionnel), 'non envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (_SERVICE_DIPE,), (), None, f_envoi_postal_exceptionnel, 'envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), None, (_CITE_3,))]
    condition = f_agent_rqth
    if condition is True:
        checklist.append(rt.ChecklistItem('attestation_rqth', 'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) délivrée par la MDPH', 'à fournir', None, False, False, rt.deliveries(rt.routed('courriel', False, (_SERVICE_DIPE,), (), None, (None if f_envoi_postal_exceptionnel is None else not f_envoi_postal_exceptionnel), 'non envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (_SERVICE_DIPE,), (), None, f_envoi_postal_exceptionnel, 'envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), "À joindre au dossier administratif et au dossier médical ; fournir une copie en cas d'obtention ou de renouvellement récent.", (_CITE_4,)))
    elif condition is None:
        checklist.append(rt.ChecklistItem('attestation_rqth', 'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) délivrée par la MDPH', 'à fournir si …', 'agent.rqth', False, False, rt.deliveries(rt.routed('courriel', False, (_SERVICE_DIPE,), (), None, (None if f_envoi_postal_exceptionnel is None else not f_envoi_postal_exceptionnel), 'non envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (_SERVICE_DIPE,), (), None, f_envoi_postal_exceptionnel, 'envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), "À joindre au dossier administratif et au dossier médical ; fournir une copie en cas d'obtention ou de renouvellement récent.", (_CITE_4,)))
    checklist.append(rt.ChecklistItem('certificat_médical', 'Certificat médical récent et détaillé (original sous pli cacheté)', 'à fournir', None, True, True, rt.deliveries(rt.routed('voie postale', True, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), "Il précise de manière détaillée la nature de la maladie et les difficultés ou l'incapacité qu'elle entraîne dans l'exercice des fonctions.", (_CITE_5,)))
    checklist.append(rt.ChecklistItem('courrier_médecin', "Courrier explicatif de l'agent à l'attention du médecin du travail", 'à fournir', None, True, True, rt.deliveries(rt.routed('voie postale', True, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), None, (_CITE_6,)))
    checklist.append(rt.ChecklistItem('relevé_congés', "Relevé des congés (maladie, longue maladie, longue durée) ou de la disponibilité d'office", 'à fournir', None, True, True, rt.deliveries(rt.routed('voie postale', True, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), "Préciser si les congés de longue durée déjà obtenus ont été accordés pour une affection de nature différente de celle dont l'intéressé(e) souffre à la date de la demande.", (_CITE_7,)))
    condition = rt.or3(rt.or3((None if f_agent_conge_sante is None else f_agent_conge_sante in _SET_10), (None if f_agent_position is None else f_agent_position == 'disponibilité_office_santé')), rt.and3((None if f_agent_conge_sante is None else f_agent_conge_sante == 'cmo'), (None if f_agent_duree_cmo is None else f_agent_duree_cmo >= 6)))
    if condition is True:
        checklist.append(rt.ChecklistItem('avis_conseil_médical', 'Avis du conseil médical départemental', 'à fournir', None, True, True, rt.deliveries(rt.routed('voie postale', True, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), None, (_CITE_8,)))
    elif condition is None:
        checklist.append(rt.ChecklistItem('avis_conseil_médical', 'Avis du conseil médical départemental', 'à fournir si …', 'agent.congé_santé dans {clm, cld} ou agent.position = disponibilité_office_santé ou (agent.congé_santé = cmo et agent.durée_cmo >= 6 mois)', True, True, rt.deliveries(rt.routed('voie postale', True, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), None, (_CITE_8,)))

    # circulars/amenagement_poste_aix_marseille_2025.circ:131 règle titulaire (bloquante)
    holds = (None if f_agent_statut is None else f_agent_statut == 'titulaire')
    if holds is True:
        satisfied.append('titulaire')
    elif holds is False:
        findings.append(rt.Finding(_RULE_TITULAIRE, rt.Outcome.VIOLATED, 'bloquante', "L'aménagement du poste de travail est réservé aux agents fonctionnaires titulaires (statut déclaré : " + rt.fmt_choice(f_agent_statut, _LABELS_AGENT_STATUT) + ').', (('agent.statut', f_agent_statut),)))
        refused = True
    else:
        findings.append(rt.Finding(_RULE_TITULAIRE, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Public concerné : agents fonctionnaires titulaires.", (('agent.statut', f_agent_statut),), missing=rt.unknown(('agent.statut', f_agent_statut))))
        undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:136 règle fonction_concernée (bloquante)
    holds = (None if f_agent_fonction is None else f_agent_fonction in _SET_6)
    if holds is True:
        satisfied.append('fonction_concernée')
    elif holds is False:
        findings.append(rt.Finding(_RULE_FONCTION_CONCERNEE, rt.Outcome.VIOLATED, 'bloquante', "Le dispositif concerne les personnels d'enseignement, d'éducation et les psychologues de l'Éducation nationale (fonction déclarée : " + rt.fmt_choice(f_agent_fonction, _LABELS_AGENT_FONCTION) + ').', (('agent.fonction', f_agent_fonction),)))
        refused = True
    else:
        findings.append(rt.Finding(_RULE_FONCTION_CONCERNEE, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Public concerné : personnels d'enseignement, d'éducation et psychologues de l'éducation nationale.", (('agent.fonction', f_agent_fonction),), missing=rt.unknown(('agent.fonction', f_agent_fonction))))
        undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:141 règle second_degré (bloquante)
    applies = (None if f_agent_fonction is None else f_agent_fonction == 'enseignement')
    if applies is False:
        not_applicable.append('second_degré')
    else:
        holds = (None if f_agent_degre is None else f_agent_degre == 'second')
        if holds is True:
            satisfied.append('second_degré')
        elif holds is False and applies is True:
            findings.append(rt.Finding(_RULE_SECOND_DEGRE, rt.Outcome.VIOLATED, 'bloquante', 'Cette circulaire concerne les enseignants du second degré public (degré déclaré : ' + rt.fmt_choice(f_agent_degre, _LABELS_AGENT_DEGRE) + ').', (('agent.fonction', f_agent_fonction), ('agent.degré', f_agent_degre))))
            refused = True
        else:
            findings.append(rt.Finding(_RULE_SECOND_DEGRE, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Public concerné : enseignants du second degré public.", (('agent.fonction', f_agent_fonction), ('agent.degré', f_agent_degre)), missing=(rt.unknown(('agent.fonction', f_agent_fonction)) if applies is None else ()) + (rt.unknown(('agent.degré', f_agent_degre)) if holds is None else ())))
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:148 règle au_moins_une_mesure (bloquante)
    holds = rt.ge(rt.count(f_mesures_demandees), 1)
    if holds is True:
        satisfied.append('au_moins_une_mesure')
    elif holds is False:
        findings.append(rt.Finding(_RULE_AU_MOINS_UNE_MESURE, rt.Outcome.VIOLATED, 'bloquante', "Cochez au moins un aménagement souhaité : adaptation de l'emploi du temps, attribution d'une salle de cours, allègement horaire ou aménagement du service.", (('mesures_demandées', f_mesures_demandees),)))
        refused = True
    else:
        findings.append(rt.Finding(_RULE_AU_MOINS_UNE_MESURE, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Au moins un aménagement demandé.", (('mesures_demandées', f_mesures_demandees),), missing=rt.unknown(('mesures_demandées', f_mesures_demandees))))
        undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:154 règle allègement_tiers_ors (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('allègement_tiers_ors')
    else:
        holds = (None if f_heures_allegement is None or v_plafond_tiers_ors is None else f_heures_allegement <= v_plafond_tiers_ors)
        if holds is True:
            satisfied.append('allègement_tiers_ors')
        elif holds is False and applies is True:
            findings.append(rt.Finding(_RULE_ALLEGEMENT_TIERS_ORS, rt.Outcome.VIOLATED, 'bloquante', "L'allègement horaire demandé (" + rt.fmt(f_heures_allegement, 'h') + ') dépasse le tiers de votre ORS (' + rt.fmt(v_plafond_tiers_ors, 'h') + ' pour une ORS de ' + rt.fmt(f_agent_ors_heures, 'h') + ').', (('mesures_demandées', f_mesures_demandees), ('heures_allègement', f_heures_allegement), ('agent.ors_heures', f_agent_ors_heures), ('plafond_tiers_ors', v_plafond_tiers_ors))))
            refused = True
        else:
            findings.append(rt.Finding(_RULE_ALLEGEMENT_TIERS_ORS, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Allègement horaire : au plus le tiers de l'ORS.", (('mesures_demandées', f_mesures_demandees), ('heures_allègement', f_heures_allegement), ('agent.ors_heures', f_agent_ors_heures), ('plafond_tiers_ors', v_plafond_tiers_ors)), missing=(rt.unknown(('mesures_demandées', f_mesures_demandees)) if applies is None else ()) + (rt.unknown(('heures_allègement', f_heures_allegement), ('agent.ors_heures', f_agent_ors_heures)) if holds is None else ())))
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:160 règle allègement_motif (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('allègement_motif')
    else:
        holds = (None if f_motif_allegement is None else f_motif_allegement in _SET_8)
        if holds is True:
            satisfied.append('allègement_motif')
        elif holds is False and applies is True:
            findings.append(rt.Finding(_RULE_ALLEGEMENT_MOTIF, rt.Outcome.VIOLATED, 'bloquante', "L'allègement horaire est une mesure exceptionnelle accordée afin de suivre un traitement médical lourd ou de faciliter la reprise d'activité après une affectation sur poste adapté (motif déclaré : " + rt.fmt_choice(f_motif_allegement, _LABELS_MOTIF_ALLEGEMENT) + ').', (('mesures_demandées', f_mesures_demandees), ('motif_allègement', f_motif_allegement))))
            refused = True
        else:
            findings.append(rt.Finding(_RULE_ALLEGEMENT_MOTIF, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Allègement horaire : traitement médical lourd ou reprise après un poste adapté.", (('mesures_demandées', f_mesures_demandees), ('motif_allègement', f_motif_allegement)), missing=(rt.unknown(('mesures_demandées', f_mesures_demandees)) if applies is None else ()) + (rt.unknown(('motif_allègement', f_motif_allegement)) if holds is None else ())))
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:166 règle allègement_non_cumul_tpt (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('allègement_non_cumul_tpt')
    else:
        holds = (None if f_agent_temps_partiel_therapeutique is None else not f_agent_temps_partiel_therapeutique)
        if holds is True:
            satisfied.append('allègement_non_cumul_tpt')
        elif holds is False and applies is True:
            findings.append(rt.Finding(_RULE_ALLEGEMENT_NON_CUMUL_TPT, rt.Outcome.VIOLATED, 'bloquante', "L'allègement horaire ne peut se cumuler avec le temps partiel thérapeutique.", (('mesures_demandées', f_mesures_demandees), ('agent.temps_partiel_thérapeutique', f_agent_temps_partiel_therapeutique))))
            refused = True
        else:
            findings.append(rt.Finding(_RULE_ALLEGEMENT_NON_CUMUL_TPT, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Allègement horaire : pas de cumul avec le temps partiel thérapeutique.", (('mesures_demandées', f_mesures_demandees), ('agent.temps_partiel_thérapeutique', f_agent_temps_partiel_therapeutique)), missing=(rt.unknown(('mesures_demandées', f_mesures_demandees)) if applies is None else ()) + (rt.unknown(('agent.temps_partiel_thérapeutique', f_agent_temps_partiel_therapeutique)) if holds is None else ())))
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:172 règle allègement_quotité_totale (bloquante)
    applies = rt.and3(rt.any_in(f_mesures_demandees, _SET_7), (None if f_agent_quotite is None else f_agent_quotite < 100))
    if applies is False:
        not_applicable.append('allègement_quotité_totale')
    else:
        holds = (None if v_quotite_totale is None else v_quotite_totale >= 50)
        if holds is True:
            satisfied.append('allègement_quotité_totale')
        elif holds is False and applies is True:
            findings.append(rt.Finding(_RULE_ALLEGEMENT_QUOTITE_TOTALE, rt.Outcome.VIOLATED, 'bloquante', 'À temps partiel (' + rt.fmt(f_agent_quotite, '%') + "), l'allègement de " + rt.fmt(f_heures_allegement, 'h') + ' sur une ORS de ' + rt.fmt(f_agent_ors_heures, 'h') + ' ramènerait la quotité totale de travail à ' + rt.fmt(v_quotite_totale, '%') + ', en dessous de 50 %.', (('mesures_demandées', f_mesures_demandees), ('agent.quotité', f_agent_quotite), ('heures_allègement', f_heures_allegement), ('agent.ors_heures', f_agent_ors_heures), ('quotité_totale', v_quotite_totale))))
            refused = True
        else:
            findings.append(rt.Finding(_RULE_ALLEGEMENT_QUOTITE_TOTALE, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Allègement horaire et temps partiel : quotité totale d'au moins 50 %.", (('mesures_demandées', f_mesures_demandees), ('agent.quotité', f_agent_quotite), ('heures_allègement', f_heures_allegement), ('agent.ors_heures', f_agent_ors_heures), ('quotité_totale', v_quotite_totale)), missing=(rt.missing_and(rt.any_in(f_mesures_demandees, _SET_7), rt.unknown(('mesures_demandées', f_mesures_demandees)), (None if f_agent_quotite is None else f_agent_quotite < 100), rt.unknown(('agent.quotité', f_agent_quotite))) if applies is None else ()) + (rt.unknown(('agent.quotité', f_agent_quotite), ('heures_allègement', f_heures_allegement), ('agent.ors_heures', f_agent_ors_heures)) if holds is None else ())))
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:179 règle aménagement_service_tiers_ors (bloquante)
    applies = rt.any_in(f_mesures_demandees, _SET_9)
    if applies is False:
        not_applicable.append('aménagement_service_tiers_ors')
    else:
        holds = (None if f_heures_amenagement_service is None or v_plafond_tiers_ors is None else f_heures_amenagement_service <= v_plafond_tiers_ors)
        if holds is True:
            satisfied.append('aménagement_service_tiers_ors')
        elif holds is False and applies is True:
            findings.append(rt.Finding(_RULE_AMENAGEMENT_SERVICE_TIERS_ORS, rt.Outcome.VIOLATED, 'bloquante', "La décharge demandée pour effectuer d'autres tâches (" + rt.fmt(f_heures_amenagement_service, 'h') + ') dépasse le tiers de votre ORS (' + rt.fmt(v_plafond_tiers_ors, 'h') + ' pour une ORS de ' + rt.fmt(f_agent_ors_heures, 'h') + ').', (('mesures_demandées', f_mesures_demandees), ('heures_aménagement_service', f_heures_amenagement_service), ('agent.ors_heures', f_agent_ors_heures), ('plafond_tiers_ors', v_plafond_tiers_ors))))
            refused = True
        else:
            findings.append(rt.Finding(_RULE_AMENAGEMENT_SERVICE_TIERS_ORS, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Aménagement du service : décharge d'au plus le tiers de l'ORS.", (('mesures_demandées', f_mesures_demandees), ('heures_aménagement_service', f_heures_amenagement_service), ('agent.ors_heures', f_agent_ors_heures), ('plafond_tiers_ors', v_plafond_tiers_ors)), missing=(rt.unknown(('mesures_demandées', f_mesures_demandees)) if applies is None else ()) + (rt.unknown(('heures_aménagement_service', f_heures_amenagement_service), ('agent.ors_heures', f_agent_ors_heures)) if holds is None else ())))
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:186 règle aménagement_service_quotité (bloquante)
    applies = rt.and3(rt.any_in(f_mesures_demandees, _SET_9), (None if f_agent_quotite is None else f_agent_quotite < 100))
    if applies is False:
        not_applicable.append('aménagement_service_quotité')
    else:
        holds = (None if f_agent_quotite is None else f_agent_quotite >= 50)
        if holds is True:
            satisfied.append('aménagement_service_quotité')
        elif holds is False and applies is True:
            findings.append(rt.Finding(_RULE_AMENAGEMENT_SERVICE_QUOTITE, rt.Outcome.VIOLATED, 'bloquante', "À temps partiel, l'aménagement du service suppose une quotité totale de travail d'au moins 50 % (quotité déclarée : " + rt.fmt(f_agent_quotite, '%') + ').', (('mesures_demandées', f_mesures_demandees), ('agent.quotité', f_agent_quotite))))
            refused = True
        else:
            findings.append(rt.Finding(_RULE_AMENAGEMENT_SERVICE_QUOTITE, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Aménagement du service et temps partiel : quotité totale d'au moins 50 %.", (('mesures_demandées', f_mesures_demandees), ('agent.quotité', f_agent_quotite)), missing=(rt.missing_and(rt.any_in(f_mesures_demandees, _SET_9), rt.unknown(('mesures_demandées', f_mesures_demandees)), (None if f_agent_quotite is None else f_agent_quotite < 100), rt.unknown(('agent.quotité', f_agent_quotite))) if applies is None else ()) + (rt.unknown(('agent.quotité', f_agent_quotite)) if holds is None else ())))
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:193 règle reprise_clm_cld (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('reprise_clm_cld')
    else:
        holds = f_avis_conseil_medical_favorable
        if holds is True:
            satisfied.append('reprise_clm_cld')
        elif holds is False and applies is True:
            findings.append(rt.Finding(_RULE_REPRISE_CLM_CLD, rt.Outcome.VIOLATED, 'bloquante', 'En congé de longue maladie ou de longue durée, vous ne pouvez reprendre vos fonctions, même avec un aménagement du poste de travail, sans avis favorable du conseil médical.', (('agent.congé_santé', f_agent_conge_sante), ('avis_conseil_médical_favorable', f_avis_conseil_medical_favorable))))
            refused = True
        else:
            findings.append(rt.Finding(_RULE_REPRISE_CLM_CLD, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : CLM ou CLD : avis favorable du conseil médical pour reprendre.", (('agent.congé_santé', f_agent_conge_sante), ('avis_conseil_médical_favorable', f_avis_conseil_medical_favorable)), missing=(rt.unknown(('agent.congé_santé', f_agent_conge_sante)) if applies is None else ()) + (rt.unknown(('avis_conseil_médical_favorable', f_avis_conseil_medical_favorable)) if holds is None else ())))
            undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:205 règle délai_de_rigueur (bloquante)
    holds = (None if f_demande_date_depot is None else f_demande_date_depot <= _DATE_2024_12_13)
    if holds is True:
        satisfied.append('délai_de_rigueur')
    elif holds is False:
        findings.append(rt.Finding(_RULE_DELAI_DE_RIGUEUR, rt.Outcome.VIOLATED, 'bloquante', 'Le dossier transmis le ' + rt.fmt(f_demande_date_depot) + ' est postérieur à la date limite du vendredi 13 décembre 2024, fixée comme délai de rigueur.', (('demande.date_dépôt', f_demande_date_depot),)))
        refused = True
    else:
        findings.append(rt.Finding(_RULE_DELAI_DE_RIGUEUR, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Transmission au plus tard le 13 décembre 2024 (délai de rigueur).", (('demande.date_dépôt', f_demande_date_depot),), missing=rt.unknown(('demande.date_dépôt', f_demande_date_depot))))
        undecided = True

    # circulars/amenagement_poste_aix_marseille_2025.circ:211 règle objectif_aménagement (information)
    findings.append(rt.Finding(_RULE_OBJECTIF_AMENAGEMENT, rt.Outcome.NOTICE, 'information', "L'aménagement du poste de travail vise le maintien en activité sur le poste occupé ou la réintégration dans les fonctions précédentes ; vous restez sur votre poste et conservez l'intégralité de votre traitement.", ()))

    # circulars/amenagement_poste_aix_marseille_2025.circ:216 règle emploi_du_temps_salle (information)
    applies = rt.any_in(f_mesures_demandees, _SET_11)
    if applies is True:
        findings.append(rt.Finding(_RULE_EMPLOI_DU_TEMPS_SALLE, rt.Outcome.NOTICE, 'information', "L'adaptation de l'emploi du temps et l'attribution d'une salle de cours sont des préconisations, pour une année scolaire, adressées par courrier sous couvert du supérieur hiérarchique qui les met en œuvre dans la mesure du possible ; vous assurez dans tous les cas l'intégralité de votre ORS dans votre établissement ou service.", ()))
    elif applies is False:
        not_applicable.append('emploi_du_temps_salle')

    # circulars/amenagement_poste_aix_marseille_2025.circ:223 règle allègement_temporaire (information)
    applies = rt.any_in(f_mesures_demandees, _SET_7)
    if applies is True:
        findings.append(rt.Finding(_RULE_ALLEGEMENT_TEMPORAIRE, rt.Outcome.NOTICE, 'information', "L'allègement horaire est accordé pour la durée de l'année scolaire, avec maintien de l'intégralité du traitement ; il ne peut compenser un handicap pérenne et n'est pas reconduit automatiquement (s'il l'est, c'est généralement de manière dégressive).", ()))
    elif applies is False:
        not_applicable.append('allègement_temporaire')

    # circulars/amenagement_poste_aix_marseille_2025.circ:231 règle renouvellement_non_automatique (information)
    findings.append(rt.Finding(_RULE_RENOUVELLEMENT_NON_AUTOMATIQUE, rt.Outcome.NOTICE, 'information', "Le renouvellement d'un aménagement n'est pas automatique : il faut en refaire la demande auprès du recteur, avec les annexes 1 et 2.", ()))

    # circulars/amenagement_poste_aix_marseille_2025.circ:235 règle occupation_thérapeutique (information)
    applies = (None if f_agent_conge_sante is None else f_agent_conge_sante in _SET_10)
    if applies is True:
        findings.append(rt.Finding(_RULE_OCCUPATION_THERAPEUTIQUE, rt.Outcome.NOTICE, 'information', "En congé de longue maladie ou de longue durée, vous pouvez aussi exercer, par exception à l'obligation de repos, une occupation à titre thérapeutique (OTT) : activité de réadaptation médicalement ordonnée et contrôlée, par périodes d'observation dans un cadre professionnel adapté (BA N°985 du 16/10/2023 ; contact : directeur du CR2AMN).", ()))
    elif applies is False:
        not_applicable.append('occupation_thérapeutique')

    # circulars/amenagement_poste_aix_marseille_2025.circ:242 règle aménagement_matériel_rqth (information)
    applies = f_agent_rqth
    if applies is True:
        findings.append(rt.Finding(_RULE_AMENAGEMENT_MATERIEL_RQTH, rt.Outcome.NOTICE, 'information', "Bénéficiaire d'une RQTH, vous pouvez aussi demander un aménagement matériel ou technique du poste ou une assistance humaine (circulaire spécifique : BA N°988 du 20/11/2023).", ()))
    elif applies is False:
        not_applicable.append('aménagement_matériel_rqth')

    # circulars/amenagement_poste_aix_marseille_2025.circ:249 règle dossiers_complets (bloquante)
    holds = rt.all_provided(f_dossier_pieces_fournies, ((True, 'courrier_demande', "Courrier de demande de l'intéressé(e)"), (True, 'fiche_renseignements', 'Fiche de renseignements (annexe 1)'), (True, 'fiche_demande_aménagement', "Fiche de demande d'aménagement du poste de travail (annexe 2)"), (f_agent_rqth, 'attestation_rqth', 'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) délivrée par la MDPH'), (True, 'certificat_médical', 'Certificat médical récent et détaillé (original sous pli cacheté)'), (True, 'courrier_médecin', "Courrier explicatif de l'agent à l'attention du médecin du travail"), (True, 'relevé_congés', "Relevé des congés (maladie, longue maladie, longue durée) ou de la disponibilité d'office"), (rt.or3(rt.or3((None if f_agent_conge_sante is None else f_agent_conge_sante in _SET_10), (None if f_agent_position is None else f_agent_position == 'disponibilité_office_santé')), rt.and3((None if f_agent_conge_sante is None else f_agent_conge_sante == 'cmo'), (None if f_agent_duree_cmo is None else f_agent_duree_cmo >= 6))), 'avis_conseil_médical', 'Avis du conseil médical départemental')))
    if holds is True:
        satisfied.append('dossiers_complets')
    elif holds is False:
        findings.append(rt.Finding(_RULE_DOSSIERS_COMPLETS, rt.Outcome.VIOLATED, 'bloquante', 'Les deux dossiers, administratif et médical, sont nécessaires pour que votre situation puisse être examinée : il manque ' + rt.fmt(rt.missing_documents(f_dossier_pieces_fournies, ((True, 'courrier_demande', "Courrier de demande de l'intéressé(e)"), (True, 'fiche_renseignements', 'Fiche de renseignements (annexe 1)'), (True, 'fiche_demande_aménagement', "Fiche de demande d'aménagement du poste de travail (annexe 2)"), (f_agent_rqth, 'attestation_rqth', 'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) délivrée par la MDPH'), (True, 'certificat_médical', 'Certificat médical récent et détaillé (original sous pli cacheté)'), (True, 'courrier_médecin', "Courrier explicatif de l'agent à l'attention du médecin du travail"), (True, 'relevé_congés', "Relevé des congés (maladie, longue maladie, longue durée) ou de la disponibilité d'office"), (rt.or3(rt.or3((None if f_agent_conge_sante is None else f_agent_conge_sante in _SET_10), (None if f_agent_position is None else f_agent_position == 'disponibilité_office_santé')), rt.and3((None if f_agent_conge_sante is None else f_agent_conge_sante == 'cmo'), (None if f_agent_duree_cmo is None else f_agent_duree_cmo >= 6))), 'avis_conseil_médical', 'Avis du conseil médical départemental')))) + '.', (('dossier.pièces_fournies', f_dossier_pieces_fournies), ('agent.rqth', f_agent_rqth), ('agent.congé_santé', f_agent_conge_sante), ('agent.position', f_agent_position), ('agent.durée_cmo', f_agent_duree_cmo))))
        refused = True
    else:
        findings.append(rt.Finding(_RULE_DOSSIERS_COMPLETS, rt.Outcome.UNDECIDED, 'bloquante', "À vérifier, faute d'information : Dossiers administratif et médical complets.", (('dossier.pièces_fournies', f_dossier_pieces_fournies), ('agent.rqth', f_agent_rqth), ('agent.congé_santé', f_agent_conge_sante), ('agent.position', f_agent_position), ('agent.durée_cmo', f_agent_duree_cmo)), missing=rt.unknown(('dossier.pièces_fournies', f_dossier_pieces_fournies), ('agent.rqth', f_agent_rqth), ('agent.congé_santé', f_agent_conge_sante), ('agent.position', f_agent_position), ('agent.durée_cmo', f_agent_duree_cmo))))
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
        deadlines=(_DEADLINE_DATE_LIMITE,),
        opinions=(_OPINION_MEDECIN_TRAVAIL, _OPINION_SUPERIEUR),
        submissions=(rt.SubmissionInfo("Dossier administratif numérisé (un seul PDF), transmis par le chef d'établissement, de service ou le directeur de CIO", rt.deliveries(rt.routed('courriel', False, (_SERVICE_DIPE,), (), None, (None if f_envoi_postal_exceptionnel is None else not f_envoi_postal_exceptionnel), 'non envoi_postal_exceptionnel', ()), rt.routed('voie postale', False, (_SERVICE_DIPE,), (), None, f_envoi_postal_exceptionnel, 'envoi_postal_exceptionnel', ())), 'dispositif-readaptation@ac-aix-marseille.fr', (_CITE_40, _CITE_41, _CITE_42, _CITE_43)), rt.SubmissionInfo("Dossier médical (exemplaire papier, sous enveloppe cachetée par l'intéressé(e)) avec un exemplaire papier du dossier administratif, transmis par le chef d'établissement", rt.deliveries(rt.routed('voie postale', False, (), (t_medecin_dossier_medecin,), "selon médecin du travail destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation", True, None, ())), "Rectorat de l'académie d'Aix-Marseille - médecine de prévention (à l'attention du médecin du travail concerné) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1", (_CITE_44, _CITE_45, _CITE_46, _CITE_47, _CITE_48))),
        computed={'plafond_tiers_ors': v_plafond_tiers_ors, 'quotité_totale': v_quotite_totale, 'médecin_dossier.médecin': t_medecin_dossier_medecin},
    )
