"""Channel adapters: one file per channel, turning the outside world into InboundMessage and back."""
