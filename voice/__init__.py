"""Speech: speech to text (Whisper), text to speech (gTTS and offline engines), audio codecs, prosody."""
