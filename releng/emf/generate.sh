#!/usr/bin/env bash
# Regenerates EMF code from a .genmodel (and the .ecore it names) with EMF's generator, standalone (no IDE).
# The jars come from Maven Central into the local repository.
#
# Usage: releng/emf/generate.sh [GENMODEL [MODEL_PROJECT=FOLDER [EDIT_PROJECT=FOLDER | none]]]
#   GENMODEL         the .genmodel, relative to the repository root or absolute;
#                    default bundles/org.hyperlora.model/model/hyperlora.genmodel (the study model)
#   MODEL_PROJECT=FOLDER
#                    the project the genmodel's modelDirectory names (/PROJECT/src-gen) and its folder; default for the
#                    study model org.hyperlora.model=bundles/org.hyperlora.model, otherwise the genmodel's bundle
#                    (the folder above model/, named after itself)
#   EDIT_PROJECT=FOLDER | none
#                    the edit project (item providers) and its folder, or none for the model code only; default for the
#                    study model org.hyperlora.model.edit=bundles/org.hyperlora.model.edit, otherwise none
# Examples:
#   releng/emf/generate.sh                     # the study model: model and edit code, as always
#   releng/emf/generate.sh bundles/org.hyperlora.workflow/model/workflow.genmodel   # the workflow model, model code
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
artifacts=(
  org.eclipse.emf:org.eclipse.emf.codegen.ecore:2.40.0
  org.eclipse.emf:org.eclipse.emf.codegen:2.25.0
  org.eclipse.emf:org.eclipse.emf.ecore:2.38.0
  org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.38.0
  org.eclipse.emf:org.eclipse.emf.common:2.40.0
  org.eclipse.jdt:org.eclipse.jdt.core:3.40.0
  org.eclipse.jdt:ecj:3.40.0
  org.eclipse.platform:org.eclipse.text:3.14.800
  org.eclipse.platform:org.eclipse.core.runtime:3.32.0
  org.eclipse.platform:org.eclipse.equinox.common:3.19.200
  org.eclipse.platform:org.eclipse.core.resources:3.22.0
  org.eclipse.platform:org.eclipse.core.jobs:3.15.300
  org.eclipse.platform:org.eclipse.osgi:3.22.0
  org.eclipse.platform:org.eclipse.equinox.preferences:3.11.100
  org.eclipse.platform:org.eclipse.core.contenttype:3.9.600
  org.osgi:org.osgi.service.prefs:1.1.2
)
classpath=""
for gav in "${artifacts[@]}"; do
  IFS=: read -r group artifact version <<<"$gav"
  jar="$repo/${group//.//}/$artifact/$version/$artifact-$version.jar"
  if [[ ! -f "$jar" ]]; then
    "$root/mvnw" -q -B -ntp dependency:get -Dmaven.repo.local="$repo" -Dartifact="$gav" -Dtransitive=false
  fi
  classpath="$classpath:$jar"
done
exec java -cp "${classpath#:}" "$here/GenerateModel.java" "$root" "$@"
