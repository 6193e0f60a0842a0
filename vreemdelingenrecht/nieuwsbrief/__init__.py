"""nieuwsbrief: the vreemdelingenrecht newsletter (subscriptions per topic, issues, sending)."""
