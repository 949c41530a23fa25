# Installation rules (filled in with the packaging work).
