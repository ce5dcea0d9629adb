# The Requests tab (request console) and the token inspector, connected to the oidc-provider fixture.
# Included from tests/gui/CMakeLists.txt.
if(NOT TARGET cad_oidc_support)
    add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/../support ${CMAKE_BINARY_DIR}/tests/support)
endif()
cad_add_test(tst_requestconsole
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requestconsole.cpp
    LIBS authdesigner_ui cad_oidc_support
    LABELS gui TIMEOUT 180)
cad_add_test(tst_tokeninspector
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tokeninspector.cpp
    LIBS authdesigner_ui cad_oidc_support
    LABELS gui TIMEOUT 180)
