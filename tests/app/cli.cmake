# SPDX-License-Identifier: MIT
# The command line as a user meets it: the real executable, its output, exit codes and files.
interleave_add_test(NAME tst_cli SOURCES tst_cli.cpp LIBS Qt6::Gui TIMEOUT 600)
target_compile_definitions(tst_cli PRIVATE INTERLEAVE_BINARY="$<TARGET_FILE:interleave>")
add_dependencies(tst_cli interleave)
