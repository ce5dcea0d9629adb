# Fill from Discovery in the designer window, against the suite's real oidc-provider.
# Included from tests/gui/CMakeLists.txt.
cad_add_test(tst_discoverydialog
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_discoverydialog.cpp
    LIBS authdesigner_ui cad_oidc_support
    LABELS gui TIMEOUT 120)
