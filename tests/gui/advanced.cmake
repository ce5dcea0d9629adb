# "Add Advanced Property" and what the advanced properties change in the request pane.
# Included from tests/gui/CMakeLists.txt.
cad_add_test(tst_advancedproperties
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_advancedproperties.cpp
    LIBS authdesigner_ui
    LABELS gui)
