# cmake -DSEED_LIST=fuzz_x.seeds -DCORPUS=corpus/fuzz_x -P SeedCorpus.cmake
# Copies each seed file named in SEED_LIST (one path a line) into CORPUS under the SHA-1 of its content,
# the name libFuzzer gives the inputs it adds: a seed already there (or found by libFuzzer) is not doubled.
file(MAKE_DIRECTORY ${CORPUS})
file(STRINGS ${SEED_LIST} seeds)
foreach(seed IN LISTS seeds)
    if(seed STREQUAL "" OR NOT EXISTS ${seed} OR IS_DIRECTORY ${seed})
        continue()
    endif()
    file(SHA1 ${seed} hash)
    if(NOT EXISTS ${CORPUS}/${hash})
        file(COPY_FILE ${seed} ${CORPUS}/${hash})
    endif()
endforeach()
