# GUI test of the Sandbox window against a real sandbox server on 127.0.0.1.
# Included from tests/gui/CMakeLists.txt.
cad_add_test(tst_sandboxdialog
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandboxdialog.cpp
    LIBS authdesigner_ui
    LABELS gui)

# The sandbox in the designer window: New from Sample, sandbox secrets, Connect and Test, the
# Sandbox window. The window runs the sandbox on its fixed port, as tst_designerflow does.
cad_add_test(tst_sandboxwindow
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandboxwindow.cpp
    LIBS authdesigner_ui
    LABELS gui TIMEOUT 120)
set_tests_properties(tst_sandboxwindow PROPERTIES RESOURCE_LOCK sandbox_default_port)
