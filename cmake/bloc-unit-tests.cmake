# cmake -DBINARY=PATH -DNAME=NAME -DRUNNER=PATH -DOUTPUT=FILE -DPROPERTIES=FILE "-DFULL=P1|P2" -P ...
#
# Run after a unit test is built: lists its GLib test cases (BINARY -l) and writes OUTPUT, which
# ctest includes, with one test per case, unit/NAME/CASE, run through RUNNER (tests/run-unit).
# The cases named in FULL (separated by |) belong to the full tier only (label "full").
cmake_minimum_required(VERSION 3.18)
execute_process(COMMAND ${BINARY} -l OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${BINARY} -l failed: ${status}")
endif()
string(REPLACE "|" ";" full "${FULL}")
string(REPLACE "\n" ";" lines "${listing}")
set(text "# Generated from ${NAME} -l by cmake/bloc-unit-tests.cmake.\ninclude(\"${PROPERTIES}\")\n")
set(n 0)
foreach(line ${lines})
  if(NOT line MATCHES "^/")
    continue()
  endif()
  set(labels "unit")
  if(line IN_LIST full)
    set(labels "unit;full")
  endif()
  set(test "unit/${NAME}${line}")
  string(APPEND text "add_test(\"${test}\" \"${RUNNER}\" \"${BINARY}\" \"${line}\")\n"
    "set_tests_properties(\"${test}\" PROPERTIES ENVIRONMENT \"\${BLOC_TEST_ENV}\" "
    "SKIP_RETURN_CODE 77 LABELS \"${labels}\")\n")
  math(EXPR n "${n} + 1")
endforeach()
if(n EQUAL 0)
  message(FATAL_ERROR "${BINARY} lists no test case")
endif()
file(WRITE ${OUTPUT}.tmp "${text}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
