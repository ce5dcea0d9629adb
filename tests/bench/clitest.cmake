# auth-designer-cli test against curl (client credentials + test request); see scripts/bench-cli.
if(NOT TARGET cad_oidc_support)
    add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/../support ${CMAKE_BINARY_DIR}/tests/support)
endif()
cad_add_test(bench_clitest
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_clitest.cpp ${CMAKE_CURRENT_LIST_DIR}/../oauth/FaultServer.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../oauth/FaultServer.h
    LIBS authdesigner_core cad_oidc_support
    LABELS bench
    TIMEOUT 600)
add_dependencies(bench_clitest auth-designer-cli)
