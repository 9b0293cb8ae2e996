"""How a document or an application travels, in French: one wording for pages, checklists,
the text report and the diagram.

The wording follows the channel: a letter by post, an e-mail, a deposit on an
online platform, a hand delivery, the hierarchical channel. A sealed cover
(« sous pli confidentiel ») is said only where there is a cover to seal (post,
hand delivery, hierarchical channel); intermediaries are named as such (« en
passant par … »), and a medical document that travels through one under
sealed cover is never told not to travel with the intermediary's mail.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.french import words

POST, EMAIL, ONLINE, HAND, HIERARCHY = "voie postale", "courriel", "en ligne", "main propre", "voie hiérarchique"
PAPER = (POST, HAND, HIERARCHY)  # channels where a document can be put under a sealed cover

# channel -> (description on a page, instruction in a checklist, short label for a diagram edge)
CHANNELS = {
    POST: ("par voie postale", "À envoyer par voie postale", "par courrier"),
    EMAIL: ("par courriel", "À envoyer par courriel", "par courriel"),
    ONLINE: ("en ligne", "À déposer en ligne", "en ligne"),
    HAND: ("en main propre", "À remettre en main propre", "en main propre"),
    HIERARCHY: ("par voie hiérarchique", "À transmettre par voie hiérarchique", "par voie hiérarchique"),
}
SECRET = "Pièce médicale, couverte par le secret médical"
CONFIDENTIAL = "Pièce confidentielle : transmise aux seuls destinataires indiqués."


@dataclass(frozen=True)
class Route:
    """One way of sending, whatever it comes from (the model or a validator's decision)."""

    channel: str
    sealed: bool
    recipients: tuple[str, ...]  # labels
    via: tuple[str, ...] = ()  # intermediaries, in order
    pending: str | None = None  # recipients that depend on the situation, in French
    condition: str | None = None  # when this way applies, in French (already rendered)

    @property
    def under_cover(self) -> bool:
        return under_cover(self.channel, self.sealed)


def under_cover(channel: str, sealed: bool) -> bool:
    """A sealed cover means something only for paper (post, hand delivery, hierarchical channel)."""
    return sealed and channel in PAPER


def pending(tables: Iterable[str]) -> str:
    """Recipients chosen by routing tables: « le service indiqué dans la table « … » »."""
    return "le service indiqué dans " + words.join((f"la table « {label} »" for label in tables), "et")


def route_of_model(delivery: m.Delivery, condition: str | None) -> Route:
    """A delivery as the circular declares it, for every applicant."""
    return Route(
        delivery.channel,
        delivery.sealed,
        tuple(s.label for s in delivery.recipients),
        tuple(s.label for s in delivery.via),
        pending(ref.table.label for ref in delivery.routed_by) if delivery.routed_by else None,
        condition,
    )


def route_of_decision(delivery: rt.Delivery, condition: str | None, declared: m.Delivery | None = None) -> Route:
    """A delivery resolved for one applicant by a validator; `declared`, the model's delivery it
    comes from, names the routing tables of recipients still to be determined."""
    chosen_by = None
    if delivery.undetermined:
        tables = [ref.table.label for ref in declared.routed_by] if declared is not None else []
        chosen_by = pending(tables) if tables else "le service compétent, selon votre situation"
    return Route(
        delivery.channel,
        delivery.sealed,
        tuple(r.label for r in delivery.recipients),
        tuple(r.label for r in delivery.via),
        chosen_by,
        condition,
    )


def channel_phrase(channel: str) -> str:
    return CHANNELS[channel][0] if channel in CHANNELS else f"par {channel}"


def channel_label(channel: str) -> str:
    """Short: for the boxes of a diagram (« par courrier »)."""
    return CHANNELS[channel][2] if channel in CHANNELS else channel


def description(route: Route) -> str:
    """For a page: « par voie postale, sous pli confidentiel, à : SMFP »."""
    return _sentence(channel_phrase(route.channel), route)


def instruction(route: Route) -> str:
    """For a checklist: « À envoyer par voie postale, sous pli confidentiel, à : SMFP »."""
    head = CHANNELS[route.channel][1] if route.channel in CHANNELS else f"À transmettre par {route.channel}"
    return _sentence(head, route)


def _sentence(head: str, route: Route) -> str:
    text = head + (", sous pli confidentiel," if route.under_cover else "")
    text += ", à l'attention de" if route.channel == ONLINE else " à"
    text += f" : {recipients_text(route)}"
    if route.via:
        carrier = "qui le fait suivre sans l'ouvrir" if route.under_cover else "qui la fait suivre"
        text += f", en passant par : {words.join(route.via, 'puis')} ({carrier})"
    if route.condition:
        text += f", si {route.condition}"
    return text


def recipients_text(route: Route) -> str:
    names = list(route.recipients) + ([route.pending] if route.pending else [])
    return words.join(names, "et") or "destinataire à préciser"


def medical_guidance(route: Route) -> str:
    """What to do with a medical document sent this way, in the channel's own terms."""
    to = recipients_text(route)
    if route.under_cover and route.via:
        return (
            f"{SECRET} : placez-la dans une enveloppe fermée portant la mention « confidentiel » et le nom de : "
            f"{to}. Ce pli fermé passe par : {words.join(route.via, 'puis')}, qui le fait suivre sans l'ouvrir ; "
            f"seul le destinataire l'ouvre."
        )
    if route.under_cover:
        verb = "remettez-la" if route.channel == HAND else "envoyez-la"
        return (
            f"{SECRET} : placez-la dans une enveloppe fermée portant la mention « confidentiel » et {verb} "
            f"uniquement à : {to}. Ne la joignez à aucun envoi destiné à un autre service."
        )
    if route.channel == EMAIL:
        return (
            f"{SECRET} : envoyez-la uniquement à l'adresse de : {to}, dans un message qui n'est adressé qu'à ce "
            f"service (aucun autre destinataire, même en copie)."
        )
    if route.channel == ONLINE:
        return f"{SECRET} : déposez-la uniquement dans l'espace destiné à : {to}, jamais avec les pièces d'un autre service."
    if route.channel == HAND:
        return f"{SECRET} : remettez-la uniquement à : {to}, jamais à un autre service."
    return f"{SECRET} : envoyez-la uniquement à : {to}, séparément des pièces destinées aux autres services."


def medical_guidance_all(routes: Iterable[Route]) -> tuple[str, ...]:
    """One guidance per distinct way of sending (the same text is given once)."""
    return tuple(dict.fromkeys(medical_guidance(route) for route in routes))
