"""The visitor's IP address, taken from forwarding headers only when a trusted proxy sent them."""

from __future__ import annotations

import functools
import ipaddress

from django.conf import settings

UNKNOWN = "-"  # no address at all (a probe without REMOTE_ADDR): one shared bucket


@functools.lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies if proxy)


def _parse(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_trusted_proxy(address) -> bool:
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))
    return address is not None and any(address in network for network in networks)


def client_ip(request) -> str:
    """REMOTE_ADDR, unless it is one of settings.TRUSTED_PROXIES. Then the proxy's header
    names the visitor: X-Forwarded-For read from the right, the first hop that is not a
    trusted proxy (what the client wrote itself is further left and never counts), or the
    single-address header of DJANGO_RATELIMIT_IP_META_KEY (e.g. X-Real-IP) when one is set."""
    peer = _parse(request.META.get("REMOTE_ADDR", ""))
    if peer is None:
        return UNKNOWN
    if not is_trusted_proxy(peer):
        return str(peer)
    header = getattr(settings, "RATELIMIT_IP_META_KEY", None) or "HTTP_X_FORWARDED_FOR"
    if header != "HTTP_X_FORWARDED_FOR":
        named = _parse(request.META.get(header, ""))
        return str(named) if named is not None else str(peer)
    nearest = peer
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _parse(hop)
        if address is None:
            break  # a trusted proxy never writes this: the rest came from the client
        nearest = address
        if not is_trusted_proxy(address):
            break
    return str(nearest)
