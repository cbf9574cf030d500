"""Doctors: queue, takeover, console and WebRTC consult rooms."""
