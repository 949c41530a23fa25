# The default dictionary bundle is compiled from data/ at build time and
# embedded in the library (set SITREP_BUNDLE_SOURCE to the generated source).
set(SITREP_BUNDLE_SOURCE "")
