# Généré par circdsl : ne pas modifier.
'Validateurs générés par circdsl, un module par circulaire.'

MODULES = {
    'allegement_paris_2025': "Allègement de service pour l'année scolaire 2025-2026",
}
