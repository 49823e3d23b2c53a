# SPDX-License-Identifier: MIT
target_sources(interleave_ui PRIVATE export/imageexporter.cpp export/imageexporter.h)
