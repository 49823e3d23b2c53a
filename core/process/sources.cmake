# SPDX-License-Identifier: MIT
# core/process: list a file here once it compiles (every area builds the same library).
