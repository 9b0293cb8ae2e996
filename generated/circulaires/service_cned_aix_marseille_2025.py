# Généré par circdsl depuis circulars/service_cned_aix_marseille_2025.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Obligations de service des enseignants affectés au CNED (PACD, PALD, réemploi), '
    "rentrée scolaire 2025 (Rectorat de l'académie d'Aix-Marseille)."
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, ClassVar

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='service_cned_aix_marseille_2025',
    title=(
        'Obligations de service des enseignants affectés au CNED (PACD, PALD, réemploi), rentrée '
        'scolaire 2025'
    ),
    authority="Rectorat de l'académie d'Aix-Marseille",
    reference='DIPE/24-1025-910',
    issued=datetime.date(2024, 11, 4),
    school_year='2025-2026',
    dispositif='Poste adapté',
    source='sources/003_70692b3584024c77.txt',
    file='circulars/service_cned_aix_marseille_2025.circ',
)
FACT_LABELS: dict[str, str] = {
    'mission.évaluation_individualisée': (
        'Évaluation individualisée (correction de devoirs papier, numériques, oraux)'
    ),
    'mission.échanges_asynchrones': (
        'Échanges individuels asynchrones (tutorat électronique, Dialogue)'
    ),
    'mission.réunions_équipe': "Réunions d'équipes pédagogiques",
    'mission.échanges_synchrones': (
        'Échanges individuels synchrones (tutorat téléphonique, classe virtuelle)'
    ),
    'mission.animation_synchrone': 'Animation de groupe synchrone (classes virtuelles)',
    'mission.animation_asynchrone': (
        'Animation de groupe asynchrone (forums, travaux collaboratifs)'
    ),
    'mission.évaluation_compétences': 'Évaluation des compétences des élèves (bilans pédagogiques)',
    'mission.suivi_progression': 'Suivi de la progression des élèves',
    'mission.recherche_préparation': 'Travaux de recherche et de préparation',
    'mission.formation': (
        "Formations aux outils numériques de l'accompagnement disciplinaire (formations "
        'organisées, synchrones)'
    ),
    'mission.autoformation': (
        'Auto-formations aux outils numériques (plateforme de formation dédiée)'
    ),
    'mission.animation_communauté': (
        "Participation aux actions d'animation de la communauté des enseignants (animation "
        'organisée par le site)'
    ),
    'mission.coordination_équipe': (
        "Animation / coordination d'équipe pédagogique (mission particulière à l'échelon du site)"
    ),
    'mission.production_contenus': (
        "Production de contenus pédagogiques (mission particulière à l'échelon du site)"
    ),
    'mission.autres_missions_site': (
        "Autres missions particulières à l'échelon du site (accompagnement de parcours, "
        "modération, curation, gestion d'un espace en ligne)"
    ),
    'mission.missions_établissement': (
        "Missions particulières à l'échelon de l'établissement (chef de projet, chargé de "
        'mission...)'
    ),
    'mission.allègement_service': 'Allègement de service rectoral (heures déchargées)',
    'cned.part_site_exploitation': (
        "Part de l'activité de l'enseignant exercée sur un site d'exploitation"
    ),
    'cned.aide_temporaire': (
        "L'enseignant bénéficie du dispositif spécifique d'aide temporaire (modulation de "
        'service)'
    ),
    'cned.semaines_aide': (
        "Durée de la modulation de service au titre de l'aide temporaire (semaines consécutives)"
    ),
}
_FACT_ORDER: dict[str, int] = {
    'mission.évaluation_individualisée': 0,
    'mission.échanges_asynchrones': 1,
    'mission.réunions_équipe': 2,
    'mission.échanges_synchrones': 3,
    'mission.animation_synchrone': 4,
    'mission.animation_asynchrone': 5,
    'mission.évaluation_compétences': 6,
    'mission.suivi_progression': 7,
    'mission.recherche_préparation': 8,
    'mission.formation': 9,
    'mission.autoformation': 10,
    'mission.animation_communauté': 11,
    'mission.coordination_équipe': 12,
    'mission.production_contenus': 13,
    'mission.autres_missions_site': 14,
    'mission.missions_établissement': 15,
    'mission.allègement_service': 16,
    'cned.part_site_exploitation': 17,
    'cned.aide_temporaire': 18,
    'cned.semaines_aide': 19,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {}
_CITE_MAXIMUM_HEBDOMADAIRE = rt.Citation(
    (
        "L'ensemble des missions confiées à un enseignant ne peut excéder un maxima hebdomadaire "
        'de 35 heures.'
    ),
    'sources/003_70692b3584024c77.txt',
    440,
)
_CITE_MAXIMUM_HEBDOMADAIRE_2 = rt.Citation(
    (
        "Les formations aux outils numériques de l'accompagnement disciplinaire ainsi que la "
        "participation aux actions d'animation de la communauté des enseignants proposées par le "
        'CNED sont comptabilisées en heures, la semaine de leur organisation, dans la limite du '
        'maxima de service hebdomadaire.'
    ),
    'sources/003_70692b3584024c77.txt',
    459,
)
_RULE_MAXIMUM_HEBDOMADAIRE = rt.RuleInfo(
    'maximum_hebdomadaire',
    'Au plus 35 heures de missions par semaine',
    'bloquante',
    (_CITE_MAXIMUM_HEBDOMADAIRE, _CITE_MAXIMUM_HEBDOMADAIRE_2),
    'circulars/service_cned_aix_marseille_2025.circ:89',
)
_CITE_MISSIONS_OBLIGATOIRES = rt.Citation(
    (
        'Les enseignants affectés au CNED (PACD, PALD, réemploi) sont tenus de réaliser, sur '
        "l'ensemble de l'année scolaire :"
    ),
    'sources/003_70692b3584024c77.txt',
    434,
)
_CITE_MISSIONS_OBLIGATOIRES_2 = rt.Citation(
    "L'ensemble des enseignants sont tenus de réaliser les missions suivantes :",
    'sources/003_70692b3584024c77.txt',
    442,
)
_CITE_MISSIONS_OBLIGATOIRES_3 = rt.Citation(
    '- Evaluation individualisée,', 'sources/003_70692b3584024c77.txt', 444
)
_CITE_MISSIONS_OBLIGATOIRES_4 = rt.Citation(
    '- Echanges individuels asynchrones,', 'sources/003_70692b3584024c77.txt', 445
)
_CITE_MISSIONS_OBLIGATOIRES_5 = rt.Citation(
    "- Réunions d'équipes pédagogiques.", 'sources/003_70692b3584024c77.txt', 446
)
_CITE_MISSIONS_OBLIGATOIRES_6 = rt.Citation(
    'pour tout ou partie de leur service, des missions particulières',
    'sources/003_70692b3584024c77.txt',
    461,
)
_RULE_MISSIONS_OBLIGATOIRES = rt.RuleInfo(
    'missions_obligatoires',
    (
        'Missions communes à tous les enseignants : évaluation individualisée, échanges '
        "asynchrones, réunions d'équipe"
    ),
    'bloquante',
    (
        _CITE_MISSIONS_OBLIGATOIRES,
        _CITE_MISSIONS_OBLIGATOIRES_2,
        _CITE_MISSIONS_OBLIGATOIRES_3,
        _CITE_MISSIONS_OBLIGATOIRES_4,
        _CITE_MISSIONS_OBLIGATOIRES_5,
        _CITE_MISSIONS_OBLIGATOIRES_6,
    ),
    'circulars/service_cned_aix_marseille_2025.circ:96',
)
_CITE_AIDE_TEMPORAIRE_DOUZE_SEMAINES = rt.Citation(
    (
        'Les enseignants confrontés à des difficultés passagères dans la réalisation de leurs '
        "missions peuvent bénéficier d'un dispositif spécifique d'aide temporaire, qui prévoit, "
        'sur décision du directeur de site, une modulation de service pendant une période maximale '
        'de douze semaines consécutives.'
    ),
    'sources/003_70692b3584024c77.txt',
    463,
)
_RULE_AIDE_TEMPORAIRE_DOUZE_SEMAINES = rt.RuleInfo(
    'aide_temporaire_douze_semaines',
    'Aide temporaire : modulation de service de douze semaines consécutives au plus',
    'bloquante',
    (_CITE_AIDE_TEMPORAIRE_DOUZE_SEMAINES,),
    'circulars/service_cned_aix_marseille_2025.circ:108',
)
_CITE_REGIME_ARTT = rt.Citation(
    (
        "Ces dispositions sont applicables à l'ensemble des enseignants affectés au CNED, à "
        "l'exception des enseignants qui exercent au moins 50% de leur activité sur un site "
        "d'exploitation : ceux-ci sont soumis au régime d'ARTT applicable à l'ensemble des "
        'agents du CNED.'
    ),
    'sources/003_70692b3584024c77.txt',
    465,
)
_RULE_REGIME_ARTT = rt.RuleInfo(
    'régime_artt',
    "Activité sur un site d'exploitation : régime d'ARTT du CNED",
    'information',
    (_CITE_REGIME_ARTT,),
    'circulars/service_cned_aix_marseille_2025.circ:115',
)
_CITE_ORGANISATION_ANNUELLE = rt.Citation(
    (
        'Ces missions, communes à tous les enseignants, sont réalisées sur 36 semaines dont le '
        'calendrier est établi par le directeur de site à partir des calendriers scolaires des '
        'différentes zones académiques.'
    ),
    'sources/003_70692b3584024c77.txt',
    438,
)
_CITE_ORGANISATION_ANNUELLE_2 = rt.Citation(
    (
        'En fonction des nécessités de service, des aménagements individuels ou collectifs peuvent '
        'être mis en œuvre pour prendre en compte les spécificités des activités du CNED et le '
        "rythme de travail des élèves, et afin d'offrir aux enseignants une certaine latitude "
        "dans l'organisation annuelle de leur travail."
    ),
    'sources/003_70692b3584024c77.txt',
    438,
)
_CITE_ORGANISATION_ANNUELLE_3 = rt.Citation(
    (
        "En fonction de leurs compétences et des nécessités de service, d'autres missions peuvent "
        "compléter le service de l'enseignant :"
    ),
    'sources/003_70692b3584024c77.txt',
    448,
)
_CITE_ORGANISATION_ANNUELLE_4 = rt.Citation(
    (
        "Les mêmes modalités d'organisation annuelle et de décompte hebdomadaire du temps de "
        "travail s'appliquent."
    ),
    'sources/003_70692b3584024c77.txt',
    461,
)
_RULE_ORGANISATION_ANNUELLE = rt.RuleInfo(
    'organisation_annuelle',
    'Missions réparties sur 36 semaines',
    'information',
    (
        _CITE_ORGANISATION_ANNUELLE,
        _CITE_ORGANISATION_ANNUELLE_2,
        _CITE_ORGANISATION_ANNUELLE_3,
        _CITE_ORGANISATION_ANNUELLE_4,
    ),
    'circulars/service_cned_aix_marseille_2025.circ:120',
)
_NOTICE_ORGANISATION_ANNUELLE = rt.Finding(
    _RULE_ORGANISATION_ANNUELLE,
    rt.Outcome.NOTICE,
    'information',
    (
        "Les missions d'accompagnement disciplinaire sont réalisées sur 36 semaines, selon un "
        'calendrier établi par le directeur de site ; des aménagements individuels ou collectifs '
        'peuvent être mis en œuvre selon les nécessités de service. Les missions particulières '
        'suivent les mêmes modalités de décompte hebdomadaire.'
    ),
    (),
)
_CITE_PLAN_AIDE_INDIVIDUALISE = rt.Citation(
    (
        "L'entrée dans le dispositif est réalisée sur demande de l'enseignant et donne lieu, "
        "après un entretien avec un responsable sur site, à la formalisation d'un plan d'aide "
        'individualisé qui modifie, dans le respect des obligations réglementaires, le service '
        "hebdomadaire de l'enseignant en intégrant des temps spécifiques où des actions d'aide "
        'sont planifiées'
    ),
    'sources/003_70692b3584024c77.txt',
    463,
)
_CITE_PLAN_AIDE_INDIVIDUALISE_2 = rt.Citation(
    (
        "A l'issue de cette période d'aide, un entretien avec un responsable sur site est "
        "organisé afin de réaliser un bilan et d'envisager la sortie du dispositif ou le maintien "
        "de l'enseignant dans le dispositif pour une nouvelle période."
    ),
    'sources/003_70692b3584024c77.txt',
    463,
)
_CITE_PLAN_AIDE_INDIVIDUALISE_3 = rt.Citation(
    (
        'Ce dispositif vient en complément des aménagements potentiels du poste de travail et des '
        'allègements de service attribués sur décision rectorale.'
    ),
    'sources/003_70692b3584024c77.txt',
    463,
)
_RULE_PLAN_AIDE_INDIVIDUALISE = rt.RuleInfo(
    'plan_aide_individualisé',
    "Aide temporaire : plan d'aide individualisé",
    'information',
    (
        _CITE_PLAN_AIDE_INDIVIDUALISE,
        _CITE_PLAN_AIDE_INDIVIDUALISE_2,
        _CITE_PLAN_AIDE_INDIVIDUALISE_3,
    ),
    'circulars/service_cned_aix_marseille_2025.circ:128',
)
_NOTICE_PLAN_AIDE_INDIVIDUALISE = rt.Finding(
    _RULE_PLAN_AIDE_INDIVIDUALISE,
    rt.Outcome.NOTICE,
    'information',
    (
        "L'aide temporaire est accordée sur demande de l'enseignant et décision du directeur de "
        "site, après un entretien : un plan d'aide individualisé intègre au service hebdomadaire "
        "des actions d'aide (auto-formation, formations complémentaires, tutorat par un pair). Un "
        "entretien de bilan a lieu à l'issue de la période ; ce dispositif complète les "
        'aménagements du poste et les allègements de service rectoraux.'
    ),
    (),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/service_cned_aix_marseille_2025.circ:21
    mission_evaluation_individualisee: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.évaluation_individualisée',
        title='Évaluation individualisée (correction de devoirs papier, numériques, oraux)',
    )
    # circulars/service_cned_aix_marseille_2025.circ:24
    mission_echanges_asynchrones: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.échanges_asynchrones',
        title='Échanges individuels asynchrones (tutorat électronique, Dialogue)',
    )
    # circulars/service_cned_aix_marseille_2025.circ:27
    mission_reunions_equipe: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None, alias='mission.réunions_équipe', title="Réunions d'équipes pédagogiques"
    )
    # circulars/service_cned_aix_marseille_2025.circ:30
    mission_echanges_synchrones: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.échanges_synchrones',
        title='Échanges individuels synchrones (tutorat téléphonique, classe virtuelle)',
    )
    # circulars/service_cned_aix_marseille_2025.circ:33
    mission_animation_synchrone: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.animation_synchrone',
        title='Animation de groupe synchrone (classes virtuelles)',
    )
    # circulars/service_cned_aix_marseille_2025.circ:36
    mission_animation_asynchrone: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.animation_asynchrone',
        title='Animation de groupe asynchrone (forums, travaux collaboratifs)',
    )
    # circulars/service_cned_aix_marseille_2025.circ:40
    mission_evaluation_competences: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.évaluation_compétences',
        title='Évaluation des compétences des élèves (bilans pédagogiques)',
    )
    # circulars/service_cned_aix_marseille_2025.circ:43
    mission_suivi_progression: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None, alias='mission.suivi_progression', title='Suivi de la progression des élèves'
    )
    # circulars/service_cned_aix_marseille_2025.circ:46
    mission_recherche_preparation: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.recherche_préparation',
        title='Travaux de recherche et de préparation',
    )
    # circulars/service_cned_aix_marseille_2025.circ:49
    mission_formation: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.formation',
        title=(
            "Formations aux outils numériques de l'accompagnement disciplinaire (formations "
            'organisées, synchrones)'
        ),
    )
    # circulars/service_cned_aix_marseille_2025.circ:52
    mission_autoformation: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.autoformation',
        title='Auto-formations aux outils numériques (plateforme de formation dédiée)',
    )
    # circulars/service_cned_aix_marseille_2025.circ:55
    mission_animation_communaute: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.animation_communauté',
        title=(
            "Participation aux actions d'animation de la communauté des enseignants (animation "
            'organisée par le site)'
        ),
    )
    # circulars/service_cned_aix_marseille_2025.circ:59
    mission_coordination_equipe: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.coordination_équipe',
        title=(
            "Animation / coordination d'équipe pédagogique (mission particulière à l'échelon du "
            'site)'
        ),
    )
    # circulars/service_cned_aix_marseille_2025.circ:62
    mission_production_contenus: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.production_contenus',
        title="Production de contenus pédagogiques (mission particulière à l'échelon du site)",
    )
    # circulars/service_cned_aix_marseille_2025.circ:65
    mission_autres_missions_site: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.autres_missions_site',
        title=(
            "Autres missions particulières à l'échelon du site (accompagnement de parcours, "
            "modération, curation, gestion d'un espace en ligne)"
        ),
    )
    # circulars/service_cned_aix_marseille_2025.circ:68
    mission_missions_etablissement: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.missions_établissement',
        title=(
            "Missions particulières à l'échelon de l'établissement (chef de projet, chargé de "
            'mission...)'
        ),
    )
    # circulars/service_cned_aix_marseille_2025.circ:72
    mission_allegement_service: Annotated[Decimal, Field(ge=0, le=48)] | None = Field(
        default=None,
        alias='mission.allègement_service',
        title='Allègement de service rectoral (heures déchargées)',
    )
    # circulars/service_cned_aix_marseille_2025.circ:75
    cned_part_site_exploitation: Annotated[Decimal, Field(ge=0, le=100)] | None = Field(
        default=None,
        alias='cned.part_site_exploitation',
        title="Part de l'activité de l'enseignant exercée sur un site d'exploitation",
    )
    # circulars/service_cned_aix_marseille_2025.circ:77
    cned_aide_temporaire: bool | None = Field(
        default=None,
        alias='cned.aide_temporaire',
        title=(
            "L'enseignant bénéficie du dispositif spécifique d'aide temporaire (modulation de "
            'service)'
        ),
    )
    # circulars/service_cned_aix_marseille_2025.circ:79
    cned_semaines_aide: Annotated[int, Field(ge=1, le=52)] | None = Field(
        default=None,
        alias='cned.semaines_aide',
        title=(
            "Durée de la modulation de service au titre de l'aide temporaire (semaines "
            'consécutives)'
        ),
    )

    french_fields: ClassVar[dict[str, str]] = {
        'mission.évaluation_individualisée': 'number',
        'mission_evaluation_individualisee': 'number',
        'mission.échanges_asynchrones': 'number',
        'mission_echanges_asynchrones': 'number',
        'mission.réunions_équipe': 'number',
        'mission_reunions_equipe': 'number',
        'mission.échanges_synchrones': 'number',
        'mission_echanges_synchrones': 'number',
        'mission.animation_synchrone': 'number',
        'mission_animation_synchrone': 'number',
        'mission.animation_asynchrone': 'number',
        'mission_animation_asynchrone': 'number',
        'mission.évaluation_compétences': 'number',
        'mission_evaluation_competences': 'number',
        'mission.suivi_progression': 'number',
        'mission_suivi_progression': 'number',
        'mission.recherche_préparation': 'number',
        'mission_recherche_preparation': 'number',
        'mission.formation': 'number',
        'mission_formation': 'number',
        'mission.autoformation': 'number',
        'mission_autoformation': 'number',
        'mission.animation_communauté': 'number',
        'mission_animation_communaute': 'number',
        'mission.coordination_équipe': 'number',
        'mission_coordination_equipe': 'number',
        'mission.production_contenus': 'number',
        'mission_production_contenus': 'number',
        'mission.autres_missions_site': 'number',
        'mission_autres_missions_site': 'number',
        'mission.missions_établissement': 'number',
        'mission_missions_etablissement': 'number',
        'mission.allègement_service': 'number',
        'mission_allegement_service': 'number',
        'cned.part_site_exploitation': 'number',
        'cned_part_site_exploitation': 'number',
        'cned.aide_temporaire': 'boolean',
        'cned_aide_temporaire': 'boolean',
        'cned.semaines_aide': 'number',
        'cned_semaines_aide': 'number',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'mission.évaluation_individualisée': 'heures',
        'mission_evaluation_individualisee': 'heures',
        'mission.échanges_asynchrones': 'heures',
        'mission_echanges_asynchrones': 'heures',
        'mission.réunions_équipe': 'heures',
        'mission_reunions_equipe': 'heures',
        'mission.échanges_synchrones': 'heures',
        'mission_echanges_synchrones': 'heures',
        'mission.animation_synchrone': 'heures',
        'mission_animation_synchrone': 'heures',
        'mission.animation_asynchrone': 'heures',
        'mission_animation_asynchrone': 'heures',
        'mission.évaluation_compétences': 'heures',
        'mission_evaluation_competences': 'heures',
        'mission.suivi_progression': 'heures',
        'mission_suivi_progression': 'heures',
        'mission.recherche_préparation': 'heures',
        'mission_recherche_preparation': 'heures',
        'mission.formation': 'heures',
        'mission_formation': 'heures',
        'mission.autoformation': 'heures',
        'mission_autoformation': 'heures',
        'mission.animation_communauté': 'heures',
        'mission_animation_communaute': 'heures',
        'mission.coordination_équipe': 'heures',
        'mission_coordination_equipe': 'heures',
        'mission.production_contenus': 'heures',
        'mission_production_contenus': 'heures',
        'mission.autres_missions_site': 'heures',
        'mission_autres_missions_site': 'heures',
        'mission.missions_établissement': 'heures',
        'mission_missions_etablissement': 'heures',
        'mission.allègement_service': 'heures',
        'mission_allegement_service': 'heures',
        'cned.part_site_exploitation': 'pourcentage',
        'cned_part_site_exploitation': 'pourcentage',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_MISSION_EVALUATION_INDIVIDUALISEE = rt.plain_reader(
    Facts, 'mission.évaluation_individualisée'
)
_READ_MISSION_ECHANGES_ASYNCHRONES = rt.plain_reader(Facts, 'mission.échanges_asynchrones')
_READ_MISSION_REUNIONS_EQUIPE = rt.plain_reader(Facts, 'mission.réunions_équipe')
_READ_MISSION_ECHANGES_SYNCHRONES = rt.plain_reader(Facts, 'mission.échanges_synchrones')
_READ_MISSION_ANIMATION_SYNCHRONE = rt.plain_reader(Facts, 'mission.animation_synchrone')
_READ_MISSION_ANIMATION_ASYNCHRONE = rt.plain_reader(Facts, 'mission.animation_asynchrone')
_READ_MISSION_EVALUATION_COMPETENCES = rt.plain_reader(Facts, 'mission.évaluation_compétences')
_READ_MISSION_SUIVI_PROGRESSION = rt.plain_reader(Facts, 'mission.suivi_progression')
_READ_MISSION_RECHERCHE_PREPARATION = rt.plain_reader(Facts, 'mission.recherche_préparation')
_READ_MISSION_FORMATION = rt.plain_reader(Facts, 'mission.formation')
_READ_MISSION_AUTOFORMATION = rt.plain_reader(Facts, 'mission.autoformation')
_READ_MISSION_ANIMATION_COMMUNAUTE = rt.plain_reader(Facts, 'mission.animation_communauté')
_READ_MISSION_COORDINATION_EQUIPE = rt.plain_reader(Facts, 'mission.coordination_équipe')
_READ_MISSION_PRODUCTION_CONTENUS = rt.plain_reader(Facts, 'mission.production_contenus')
_READ_MISSION_AUTRES_MISSIONS_SITE = rt.plain_reader(Facts, 'mission.autres_missions_site')
_READ_MISSION_MISSIONS_ETABLISSEMENT = rt.plain_reader(Facts, 'mission.missions_établissement')
_READ_MISSION_ALLEGEMENT_SERVICE = rt.plain_reader(Facts, 'mission.allègement_service')
_READ_CNED_PART_SITE_EXPLOITATION = rt.plain_reader(Facts, 'cned.part_site_exploitation')
_READ_CNED_AIDE_TEMPORAIRE = rt.plain_reader(Facts, 'cned.aide_temporaire')
_READ_CNED_SEMAINES_AIDE = rt.plain_reader(Facts, 'cned.semaines_aide')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=48)] | None,
    Annotated[Decimal, Field(ge=0, le=100)] | None,
    bool | None,
    Annotated[int, Field(ge=1, le=52)] | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            mission_evaluation_individualisee = situation.get('mission.évaluation_individualisée')
            if mission_evaluation_individualisee is not None:
                mission_evaluation_individualisee = (
                    _READ_MISSION_EVALUATION_INDIVIDUALISEE(mission_evaluation_individualisee)
                )
            mission_echanges_asynchrones = situation.get('mission.échanges_asynchrones')
            if mission_echanges_asynchrones is not None:
                mission_echanges_asynchrones = (
                    _READ_MISSION_ECHANGES_ASYNCHRONES(mission_echanges_asynchrones)
                )
            mission_reunions_equipe = situation.get('mission.réunions_équipe')
            if mission_reunions_equipe is not None:
                mission_reunions_equipe = _READ_MISSION_REUNIONS_EQUIPE(mission_reunions_equipe)
            mission_echanges_synchrones = situation.get('mission.échanges_synchrones')
            if mission_echanges_synchrones is not None:
                mission_echanges_synchrones = (
                    _READ_MISSION_ECHANGES_SYNCHRONES(mission_echanges_synchrones)
                )
            mission_animation_synchrone = situation.get('mission.animation_synchrone')
            if mission_animation_synchrone is not None:
                mission_animation_synchrone = (
                    _READ_MISSION_ANIMATION_SYNCHRONE(mission_animation_synchrone)
                )
            mission_animation_asynchrone = situation.get('mission.animation_asynchrone')
            if mission_animation_asynchrone is not None:
                mission_animation_asynchrone = (
                    _READ_MISSION_ANIMATION_ASYNCHRONE(mission_animation_asynchrone)
                )
            mission_evaluation_competences = situation.get('mission.évaluation_compétences')
            if mission_evaluation_competences is not None:
                mission_evaluation_competences = (
                    _READ_MISSION_EVALUATION_COMPETENCES(mission_evaluation_competences)
                )
            mission_suivi_progression = situation.get('mission.suivi_progression')
            if mission_suivi_progression is not None:
                mission_suivi_progression = (
                    _READ_MISSION_SUIVI_PROGRESSION(mission_suivi_progression)
                )
            mission_recherche_preparation = situation.get('mission.recherche_préparation')
            if mission_recherche_preparation is not None:
                mission_recherche_preparation = (
                    _READ_MISSION_RECHERCHE_PREPARATION(mission_recherche_preparation)
                )
            mission_formation = situation.get('mission.formation')
            if mission_formation is not None:
                mission_formation = _READ_MISSION_FORMATION(mission_formation)
            mission_autoformation = situation.get('mission.autoformation')
            if mission_autoformation is not None:
                mission_autoformation = _READ_MISSION_AUTOFORMATION(mission_autoformation)
            mission_animation_communaute = situation.get('mission.animation_communauté')
            if mission_animation_communaute is not None:
                mission_animation_communaute = (
                    _READ_MISSION_ANIMATION_COMMUNAUTE(mission_animation_communaute)
                )
            mission_coordination_equipe = situation.get('mission.coordination_équipe')
            if mission_coordination_equipe is not None:
                mission_coordination_equipe = (
                    _READ_MISSION_COORDINATION_EQUIPE(mission_coordination_equipe)
                )
            mission_production_contenus = situation.get('mission.production_contenus')
            if mission_production_contenus is not None:
                mission_production_contenus = (
                    _READ_MISSION_PRODUCTION_CONTENUS(mission_production_contenus)
                )
            mission_autres_missions_site = situation.get('mission.autres_missions_site')
            if mission_autres_missions_site is not None:
                mission_autres_missions_site = (
                    _READ_MISSION_AUTRES_MISSIONS_SITE(mission_autres_missions_site)
                )
            mission_missions_etablissement = situation.get('mission.missions_établissement')
            if mission_missions_etablissement is not None:
                mission_missions_etablissement = (
                    _READ_MISSION_MISSIONS_ETABLISSEMENT(mission_missions_etablissement)
                )
            mission_allegement_service = situation.get('mission.allègement_service')
            if mission_allegement_service is not None:
                mission_allegement_service = (
                    _READ_MISSION_ALLEGEMENT_SERVICE(mission_allegement_service)
                )
            cned_part_site_exploitation = situation.get('cned.part_site_exploitation')
            if cned_part_site_exploitation is not None:
                cned_part_site_exploitation = (
                    _READ_CNED_PART_SITE_EXPLOITATION(cned_part_site_exploitation)
                )
            cned_aide_temporaire = situation.get('cned.aide_temporaire')
            if cned_aide_temporaire is not None and type(cned_aide_temporaire) is not bool:
                cned_aide_temporaire = _READ_CNED_AIDE_TEMPORAIRE(cned_aide_temporaire)
            cned_semaines_aide = situation.get('cned.semaines_aide')
            if cned_semaines_aide is not None:
                cned_semaines_aide = _READ_CNED_SEMAINES_AIDE(cned_semaines_aide)
            return (
                mission_evaluation_individualisee,
                mission_echanges_asynchrones,
                mission_reunions_equipe,
                mission_echanges_synchrones,
                mission_animation_synchrone,
                mission_animation_asynchrone,
                mission_evaluation_competences,
                mission_suivi_progression,
                mission_recherche_preparation,
                mission_formation,
                mission_autoformation,
                mission_animation_communaute,
                mission_coordination_equipe,
                mission_production_contenus,
                mission_autres_missions_site,
                mission_missions_etablissement,
                mission_allegement_service,
                cned_part_site_exploitation,
                cned_aide_temporaire,
                cned_semaines_aide,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.mission_evaluation_individualisee,
        facts.mission_echanges_asynchrones,
        facts.mission_reunions_equipe,
        facts.mission_echanges_synchrones,
        facts.mission_animation_synchrone,
        facts.mission_animation_asynchrone,
        facts.mission_evaluation_competences,
        facts.mission_suivi_progression,
        facts.mission_recherche_preparation,
        facts.mission_formation,
        facts.mission_autoformation,
        facts.mission_animation_communaute,
        facts.mission_coordination_equipe,
        facts.mission_production_contenus,
        facts.mission_autres_missions_site,
        facts.mission_missions_etablissement,
        facts.mission_allegement_service,
        facts.cned_part_site_exploitation,
        facts.cned_aide_temporaire,
        facts.cned_semaines_aide,
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        mission_evaluation_individualisee,
        mission_echanges_asynchrones,
        mission_reunions_equipe,
        mission_echanges_synchrones,
        mission_animation_synchrone,
        mission_animation_asynchrone,
        mission_evaluation_competences,
        mission_suivi_progression,
        mission_recherche_preparation,
        mission_formation,
        mission_autoformation,
        mission_animation_communaute,
        mission_coordination_equipe,
        mission_production_contenus,
        mission_autres_missions_site,
        mission_missions_etablissement,
        mission_allegement_service,
        cned_part_site_exploitation,
        cned_aide_temporaire,
        cned_semaines_aide,
    ) = _read_situation(situation)
    # circulars/service_cned_aix_marseille_2025.circ:82 valeur missions_particulières
    missions_particulieres = rt.total(
        mission_coordination_equipe,
        mission_production_contenus,
        mission_autres_missions_site,
        mission_missions_etablissement,
    )
    # circulars/service_cned_aix_marseille_2025.circ:85 valeur service_hebdomadaire
    service_hebdomadaire = rt.total(
        mission_evaluation_individualisee,
        mission_echanges_asynchrones,
        mission_reunions_equipe,
        mission_echanges_synchrones,
        mission_animation_synchrone,
        mission_animation_asynchrone,
        mission_evaluation_competences,
        mission_suivi_progression,
        mission_recherche_preparation,
        mission_formation,
        mission_autoformation,
        mission_animation_communaute,
        missions_particulieres,
        mission_allegement_service,
    )
    # tested by 3 rules
    shared_1 = None if cned_part_site_exploitation is None else cned_part_site_exploitation < 50
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist: list[rt.ChecklistItem] = []

    # circulars/service_cned_aix_marseille_2025.circ:89 règle maximum_hebdomadaire (bloquante)
    applies: bool | None = shared_1
    if applies is False:
        not_applicable.append('maximum_hebdomadaire')
    else:
        holds: bool | None = None if service_hebdomadaire is None else service_hebdomadaire <= 35
        if holds is True:
            satisfied.append('maximum_hebdomadaire')
        else:
            values: tuple[tuple[str, Any], ...] = (
                ('cned.part_site_exploitation', cned_part_site_exploitation),
                ('mission.évaluation_individualisée', mission_evaluation_individualisee),
                ('mission.échanges_asynchrones', mission_echanges_asynchrones),
                ('mission.réunions_équipe', mission_reunions_equipe),
                ('mission.échanges_synchrones', mission_echanges_synchrones),
                ('mission.animation_synchrone', mission_animation_synchrone),
                ('mission.animation_asynchrone', mission_animation_asynchrone),
                ('mission.évaluation_compétences', mission_evaluation_competences),
                ('mission.suivi_progression', mission_suivi_progression),
                ('mission.recherche_préparation', mission_recherche_preparation),
                ('mission.formation', mission_formation),
                ('mission.autoformation', mission_autoformation),
                ('mission.animation_communauté', mission_animation_communaute),
                ('mission.coordination_équipe', mission_coordination_equipe),
                ('mission.production_contenus', mission_production_contenus),
                ('mission.autres_missions_site', mission_autres_missions_site),
                ('mission.missions_établissement', mission_missions_etablissement),
                ('mission.allègement_service', mission_allegement_service),
                ('service_hebdomadaire', service_hebdomadaire),
            )
            if holds is False and applies is True:
                message = (
                    'Les missions confiées cette semaine totalisent '
                    + rt.fmt(service_hebdomadaire, 'h')
                    + (
                        ' : elles ne peuvent excéder le maximum hebdomadaire de 35 heures '
                        '(formations et animations comprises).'
                    )
                )
                findings.append(
                    rt.Finding(
                        _RULE_MAXIMUM_HEBDOMADAIRE,
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
                        _RULE_MAXIMUM_HEBDOMADAIRE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Au plus 35 heures de missions par "
                            'semaine.'
                        ),
                        values,
                        missing=(('cned.part_site_exploitation',) if applies is None else ())
                        + (
                            rt.unknown(
                                (
                                    'mission.évaluation_individualisée',
                                    mission_evaluation_individualisee,
                                ),
                                ('mission.échanges_asynchrones', mission_echanges_asynchrones),
                                ('mission.réunions_équipe', mission_reunions_equipe),
                                ('mission.échanges_synchrones', mission_echanges_synchrones),
                                ('mission.animation_synchrone', mission_animation_synchrone),
                                ('mission.animation_asynchrone', mission_animation_asynchrone),
                                ('mission.évaluation_compétences', mission_evaluation_competences),
                                ('mission.suivi_progression', mission_suivi_progression),
                                ('mission.recherche_préparation', mission_recherche_preparation),
                                ('mission.formation', mission_formation),
                                ('mission.autoformation', mission_autoformation),
                                ('mission.animation_communauté', mission_animation_communaute),
                                ('mission.coordination_équipe', mission_coordination_equipe),
                                ('mission.production_contenus', mission_production_contenus),
                                ('mission.autres_missions_site', mission_autres_missions_site),
                                ('mission.missions_établissement', mission_missions_etablissement),
                                ('mission.allègement_service', mission_allegement_service),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/service_cned_aix_marseille_2025.circ:96 règle missions_obligatoires (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('missions_obligatoires')
    else:
        holds = rt.all3(
            (
                None
                if mission_evaluation_individualisee is None
                else mission_evaluation_individualisee > 0
            ),
            (None if mission_echanges_asynchrones is None else mission_echanges_asynchrones > 0),
            (None if mission_reunions_equipe is None else mission_reunions_equipe > 0),
        )
        if holds is True:
            satisfied.append('missions_obligatoires')
        else:
            values = (
                ('cned.part_site_exploitation', cned_part_site_exploitation),
                ('mission.évaluation_individualisée', mission_evaluation_individualisee),
                ('mission.échanges_asynchrones', mission_echanges_asynchrones),
                ('mission.réunions_équipe', mission_reunions_equipe),
                ('mission.coordination_équipe', mission_coordination_equipe),
                ('mission.production_contenus', mission_production_contenus),
                ('mission.autres_missions_site', mission_autres_missions_site),
                ('mission.missions_établissement', mission_missions_etablissement),
                ('mission.échanges_synchrones', mission_echanges_synchrones),
                ('mission.animation_synchrone', mission_animation_synchrone),
                ('mission.animation_asynchrone', mission_animation_asynchrone),
                ('mission.évaluation_compétences', mission_evaluation_competences),
                ('mission.suivi_progression', mission_suivi_progression),
                ('mission.recherche_préparation', mission_recherche_preparation),
                ('mission.formation', mission_formation),
                ('mission.autoformation', mission_autoformation),
                ('mission.animation_communauté', mission_animation_communaute),
                ('mission.allègement_service', mission_allegement_service),
                ('missions_particulières', missions_particulieres),
                ('service_hebdomadaire', service_hebdomadaire),
            )
            if holds is False and applies is True:
                resolved = rt.exception_outcome(
                    _RULE_MISSIONS_OBLIGATOIRES,
                    (
                        (
                            (
                                None
                                if missions_particulieres is None or service_hebdomadaire is None
                                else missions_particulieres >= service_hebdomadaire
                            ),
                            'levée',
                            'sauf si missions_particulières >= service_hebdomadaire',
                        ),
                    ),
                )
                if resolved is not None and resolved[0] == 'indéterminée':
                    findings.append(
                        rt.Finding(
                            _RULE_MISSIONS_OBLIGATOIRES,
                            rt.Outcome.UNDECIDED,
                            'bloquante',
                            (
                                "À vérifier, faute d'information : Missions communes à tous les "
                                'enseignants : évaluation individualisée, échanges asynchrones, '
                                "réunions d'équipe."
                            ),
                            values,
                            missing=rt.unknown(
                                ('mission.coordination_équipe', mission_coordination_equipe),
                                ('mission.production_contenus', mission_production_contenus),
                                ('mission.autres_missions_site', mission_autres_missions_site),
                                ('mission.missions_établissement', mission_missions_etablissement),
                                (
                                    'mission.évaluation_individualisée',
                                    mission_evaluation_individualisee,
                                ),
                                ('mission.échanges_asynchrones', mission_echanges_asynchrones),
                                ('mission.réunions_équipe', mission_reunions_equipe),
                                ('mission.échanges_synchrones', mission_echanges_synchrones),
                                ('mission.animation_synchrone', mission_animation_synchrone),
                                ('mission.animation_asynchrone', mission_animation_asynchrone),
                                ('mission.évaluation_compétences', mission_evaluation_competences),
                                ('mission.suivi_progression', mission_suivi_progression),
                                ('mission.recherche_préparation', mission_recherche_preparation),
                                ('mission.formation', mission_formation),
                                ('mission.autoformation', mission_autoformation),
                                ('mission.animation_communauté', mission_animation_communaute),
                                ('mission.allègement_service', mission_allegement_service),
                            ),
                        )
                    )
                    undecided = True
                else:
                    message = (
                        "Tout enseignant affecté au CNED assure l'évaluation individualisée ("
                        + rt.fmt(mission_evaluation_individualisee, 'h')
                        + '), les échanges individuels asynchrones ('
                        + rt.fmt(mission_echanges_asynchrones, 'h')
                        + ") et les réunions d'équipes pédagogiques ("
                        + rt.fmt(mission_reunions_equipe, 'h')
                        + '), sauf si tout son service est consacré à des missions particulières.'
                    )
                    if resolved is None:
                        findings.append(
                            rt.Finding(
                                _RULE_MISSIONS_OBLIGATOIRES,
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
                                _RULE_MISSIONS_OBLIGATOIRES,
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
                                _RULE_MISSIONS_OBLIGATOIRES,
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
                                _RULE_MISSIONS_OBLIGATOIRES,
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
                        _RULE_MISSIONS_OBLIGATOIRES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Missions communes à tous les "
                            'enseignants : évaluation individualisée, échanges asynchrones, '
                            "réunions d'équipe."
                        ),
                        values,
                        missing=(('cned.part_site_exploitation',) if applies is None else ())
                        + (
                            rt.missing_all(
                                (
                                    (
                                        None
                                        if mission_evaluation_individualisee is None
                                        else mission_evaluation_individualisee > 0
                                    ),
                                    rt.unknown(
                                        (
                                            'mission.évaluation_individualisée',
                                            mission_evaluation_individualisee,
                                        )
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if mission_echanges_asynchrones is None
                                        else mission_echanges_asynchrones > 0
                                    ),
                                    rt.unknown(
                                        (
                                            'mission.échanges_asynchrones',
                                            mission_echanges_asynchrones,
                                        )
                                    ),
                                ),
                                (
                                    (
                                        None
                                        if mission_reunions_equipe is None
                                        else mission_reunions_equipe > 0
                                    ),
                                    rt.unknown(
                                        ('mission.réunions_équipe', mission_reunions_equipe)
                                    ),
                                ),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/service_cned_aix_marseille_2025.circ:108 règle aide_temporaire_douze_semaines
    # (bloquante)
    applies = rt.and3(
        (None if cned_part_site_exploitation is None else cned_part_site_exploitation < 50),
        cned_aide_temporaire,
    )
    if applies is False:
        not_applicable.append('aide_temporaire_douze_semaines')
    else:
        holds = None if cned_semaines_aide is None else cned_semaines_aide <= 12
        if holds is True:
            satisfied.append('aide_temporaire_douze_semaines')
        else:
            values = (
                ('cned.part_site_exploitation', cned_part_site_exploitation),
                ('cned.aide_temporaire', cned_aide_temporaire),
                ('cned.semaines_aide', cned_semaines_aide),
            )
            if holds is False and applies is True:
                message = (
                    "La modulation de service au titre de l'aide temporaire ("
                    + rt.fmt(cned_semaines_aide)
                    + (
                        ' semaines) ne peut dépasser une période de douze semaines consécutives ; '
                        "un bilan décide ensuite de la sortie ou d'une nouvelle période."
                    )
                )
                findings.append(
                    rt.Finding(
                        _RULE_AIDE_TEMPORAIRE_DOUZE_SEMAINES,
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
                        _RULE_AIDE_TEMPORAIRE_DOUZE_SEMAINES,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Aide temporaire : modulation de "
                            'service de douze semaines consécutives au plus.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if cned_part_site_exploitation is None
                                    else cned_part_site_exploitation < 50
                                ),
                                rt.unknown(
                                    ('cned.part_site_exploitation', cned_part_site_exploitation)
                                ),
                                cned_aide_temporaire,
                                rt.unknown(('cned.aide_temporaire', cned_aide_temporaire)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('cned.semaines_aide',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/service_cned_aix_marseille_2025.circ:115 règle régime_artt (information)
    applies = None if cned_part_site_exploitation is None else cned_part_site_exploitation >= 50
    if applies is True:
        findings.append(
            rt.Finding(
                _RULE_REGIME_ARTT,
                rt.Outcome.NOTICE,
                'information',
                "Vous exercez au moins 50 % de votre activité sur un site d'exploitation ("
                + rt.fmt(cned_part_site_exploitation, '%')
                + (
                    ") : ces obligations de service ne s'appliquent pas, vous relevez du régime "
                    "d'ARTT applicable à l'ensemble des agents du CNED."
                ),
                (),
            )
        )
    elif applies is False:
        not_applicable.append('régime_artt')

    # circulars/service_cned_aix_marseille_2025.circ:120 règle organisation_annuelle (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_ORGANISATION_ANNUELLE)
    elif applies is False:
        not_applicable.append('organisation_annuelle')

    # circulars/service_cned_aix_marseille_2025.circ:128 règle plan_aide_individualisé (information)
    applies = cned_aide_temporaire
    if applies is True:
        findings.append(_NOTICE_PLAN_AIDE_INDIVIDUALISE)
    elif applies is False:
        not_applicable.append('plan_aide_individualisé')

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
        opinions=(),
        submissions=(),
        computed={
            'missions_particulières': missions_particulieres,
            'service_hebdomadaire': service_hebdomadaire,
        },
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        mission_evaluation_individualisee,
        mission_echanges_asynchrones,
        mission_reunions_equipe,
        mission_echanges_synchrones,
        mission_animation_synchrone,
        mission_animation_asynchrone,
        mission_evaluation_competences,
        mission_suivi_progression,
        mission_recherche_preparation,
        mission_formation,
        mission_autoformation,
        mission_animation_communaute,
        mission_coordination_equipe,
        mission_production_contenus,
        mission_autres_missions_site,
        mission_missions_etablissement,
        mission_allegement_service,
        cned_part_site_exploitation,
        cned_aide_temporaire,
        cned_semaines_aide,
    ) = _read_situation(situation)
    # circulars/service_cned_aix_marseille_2025.circ:82 valeur missions_particulières
    missions_particulieres = rt.total(
        mission_coordination_equipe,
        mission_production_contenus,
        mission_autres_missions_site,
        mission_missions_etablissement,
    )
    # circulars/service_cned_aix_marseille_2025.circ:85 valeur service_hebdomadaire
    service_hebdomadaire = rt.total(
        mission_evaluation_individualisee,
        mission_echanges_asynchrones,
        mission_reunions_equipe,
        mission_echanges_synchrones,
        mission_animation_synchrone,
        mission_animation_asynchrone,
        mission_evaluation_competences,
        mission_suivi_progression,
        mission_recherche_preparation,
        mission_formation,
        mission_autoformation,
        mission_animation_communaute,
        missions_particulieres,
        mission_allegement_service,
    )
    # tested by 2 rules
    shared_2 = None if cned_part_site_exploitation is None else cned_part_site_exploitation < 50
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/service_cned_aix_marseille_2025.circ:89 règle maximum_hebdomadaire (bloquante)
    applies: bool | None = shared_2
    if applies is not False:
        holds: bool | None = None if service_hebdomadaire is None else service_hebdomadaire <= 35
        if holds is False and applies is True:
            failed.append('maximum_hebdomadaire')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/service_cned_aix_marseille_2025.circ:96 règle missions_obligatoires (bloquante)
    applies = shared_2
    if applies is not False:
        holds = rt.all3(
            (
                None
                if mission_evaluation_individualisee is None
                else mission_evaluation_individualisee > 0
            ),
            (None if mission_echanges_asynchrones is None else mission_echanges_asynchrones > 0),
            (None if mission_reunions_equipe is None else mission_reunions_equipe > 0),
        )
        if holds is False and applies is True:
            resolved = rt.exception_outcome(
                _RULE_MISSIONS_OBLIGATOIRES,
                (
                    (
                        (
                            None
                            if missions_particulieres is None or service_hebdomadaire is None
                            else missions_particulieres >= service_hebdomadaire
                        ),
                        'levée',
                        'sauf si missions_particulières >= service_hebdomadaire',
                    ),
                ),
            )
            if resolved is None or resolved[0] == 'conflit':
                failed.append('missions_obligatoires')
                refused = True
            elif resolved[0] == 'indéterminée':
                undecided = True
            elif resolved[0] == 'avertissement':
                failed.append('missions_obligatoires')
                warned = True
        elif holds is not True:
            undecided = True

    # circulars/service_cned_aix_marseille_2025.circ:108 règle aide_temporaire_douze_semaines
    # (bloquante)
    applies = rt.and3(
        (None if cned_part_site_exploitation is None else cned_part_site_exploitation < 50),
        cned_aide_temporaire,
    )
    if applies is not False:
        holds = None if cned_semaines_aide is None else cned_semaines_aide <= 12
        if holds is False and applies is True:
            failed.append('aide_temporaire_douze_semaines')
            refused = True
        elif holds is not True:
            undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
