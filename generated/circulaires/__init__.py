# Généré par circdsl : ne pas modifier.
'Validateurs générés par circdsl, un module par circulaire.'

MODULES = {
    'allegement_paris_2025': "Allègement de service pour l'année scolaire 2025-2026",
    'allegement_rhone_2016': 'Allègement de service pour raison médicale des personnels enseignants du premier degré du Rhône, 2016-2017',
    'amenagement_poste_aix_marseille_2025': 'Aménagement du poste de travail pour raison de santé, année scolaire 2025-2026',
    'amenagement_poste_rhone_2016': 'Aménagement du poste de travail des personnels enseignants du premier degré du Rhône, 2016-2017',
    'bonification_mouvement_rhone_2016': 'Bonification au mouvement intra-départemental 2016 des personnels enseignants du premier degré du Rhône',
    'citis_2019': "Congé d'invalidité temporaire imputable au service (accidents de service, accidents de trajet, maladies professionnelles) et accidents de travail des agents contractuels",
    'conges_maladie_2019': 'Gestion des affaires médicales 1er et 2nd degré à compter du 1er septembre 2019 : congés de maladie',
    'detachement_2019': "Candidature à un détachement dans les corps des personnels enseignants, d'éducation et des psychologues de l'éducation nationale",
    'poste_adapte_aix_marseille_2025': 'Affectation sur poste adapté (PACD, PALD) pour la rentrée scolaire 2025',
    'reprise_temps_plein_essonne_2025': "Réintégration à temps complet des instituteurs et professeurs des écoles, rentrée 2025 et en cours d'année 2025/2026",
    'rh_proximite_2019': "La RH de proximité : modalités de mise en place dans l'académie 2019/2020",
    'service_cned_aix_marseille_2025': 'Obligations de service des enseignants affectés au CNED (PACD, PALD, réemploi), rentrée scolaire 2025',
    'temps_partiel_essonne_2025': 'Exercice à temps partiel des instituteurs et professeurs des écoles, rentrée scolaire 2025/2026',
    'temps_partiel_therapeutique_2019': 'Temps partiel thérapeutique',
}
