# File > New from Template…: the gallery searched and driven with the keyboard.
# Included from tests/gui/CMakeLists.txt.
cad_add_test(tst_templategallery
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_templategallery.cpp
    LIBS authdesigner_ui
    LABELS gui)
