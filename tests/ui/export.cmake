# SPDX-License-Identifier: MIT
interleave_add_test(NAME tst_imageexporter SOURCES tst_imageexporter.cpp synthetictrace.h LIBS interleave_ui GUI TIMEOUT 180)
