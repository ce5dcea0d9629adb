# GUI tests of the end-user preview and the post-authorization request pane.
# Included from tests/gui/CMakeLists.txt.
cad_add_test(tst_preview
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_preview.cpp
    LIBS authdesigner_ui
    LABELS gui)
cad_add_test(tst_requestpane
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requestpane.cpp
    LIBS authdesigner_ui
    LABELS gui)
