"""IoT: device registry, ingestion (HTTP, MQTT), vital-sign rules and alerts."""
