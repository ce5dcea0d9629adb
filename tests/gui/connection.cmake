# The designer's design-time connection wired into the window (included from tests/gui/CMakeLists.txt).
if(NOT TARGET cad_oidc_support)
    add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/../support ${CMAKE_BINARY_DIR}/tests/support)
endif()

# Connect / Test / Refresh / Disconnect through the panel against a loopback resource and oidc-provider.
cad_add_test(tst_connectionwiring
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionwiring.cpp
    LIBS authdesigner_ui cad_oidc_support
    LABELS gui TIMEOUT 180)
add_dependencies(tst_connectionwiring auth-designer-cli) # compares the designer's requests with the CLI's

# No secret value or token in any file the designer writes; the keychain brings them back.
# Needs a real keyring: run under scripts/with-keyring (scripts/test does).
cad_add_test(tst_connectionsecrets
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionsecrets.cpp ${CMAKE_CURRENT_LIST_DIR}/../oauth/FaultServer.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../oauth/FaultServer.h
    LIBS authdesigner_ui cad_oidc_support
    LABELS keychain TIMEOUT 180)
