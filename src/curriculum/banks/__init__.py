"""Quizzes for other platforms: Common Cartridge 1.1, QTI 2.1, Moodle XML and GIFT (export).

Every writer here reads the typed package model (:mod:`curriculum.package_models`),
never the authoring YAML: what a platform receives is exactly what the JSON package
promises, with the same TLP:RED gate and the same answer rules.
"""
