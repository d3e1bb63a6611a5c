package org.hyperlora.workflow.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.workflow.CompareStep;
import org.hyperlora.workflow.ContributedStep;
import org.hyperlora.workflow.GridAxis;
import org.hyperlora.workflow.ParameterAssignment;
import org.hyperlora.workflow.ParameterPoint;
import org.hyperlora.workflow.Property;
import org.hyperlora.workflow.Quantity;
import org.hyperlora.workflow.QuantityKind;
import org.hyperlora.workflow.SolveStep;
import org.hyperlora.workflow.Step;
import org.hyperlora.workflow.SweepStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.io.WorkflowFiles;

/**
 * Builds workflows for the tests and finds the repository's examples from the working directory (inside OSGi the
 * test bundle's folder, otherwise the repository).
 */
final class Flows {

    static final String EXACT = BuiltinSolvers.EXACT;
    static final String HYPERLORA = BuiltinSolvers.HYPERLORA;
    static final String TESTS = "org.hyperlora.workflow.tests";
    private static final WorkflowFactory FACTORY = WorkflowFactory.eINSTANCE;

    private Flows() {
    }

    /** A file of the repository's examples folder. */
    static Path example(String fileName) {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("examples").resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("examples/" + fileName + " not found above " + Path.of("").toAbsolutePath());
    }

    /** A copy of an example study ({@code NAME.hyperlora}) in the test's folder, so the test may train or change it. */
    static Path copyStudy(String name, Path folder) throws IOException {
        Path target = folder.resolve(name + ".hyperlora");
        Files.copy(example(name + ".hyperlora"), target);
        return target;
    }

    static Workflow workflow(String name, Step... steps) {
        Workflow workflow = FACTORY.createWorkflow();
        workflow.setName(name);
        workflow.getSteps().addAll(Arrays.asList(steps));
        return workflow;
    }

    /** Saves the workflow as {@code folder/NAME.hlflow} (relative paths in it are relative to the folder). */
    static Path save(Workflow workflow, Path folder) throws IOException {
        Path file = folder.resolve(workflow.getName() + ".hlflow");
        WorkflowFiles.save(workflow, file);
        return file;
    }

    static ParameterAssignment value(String name, double value) {
        ParameterAssignment assignment = FACTORY.createParameterAssignment();
        assignment.setName(name);
        assignment.setValue(value);
        return assignment;
    }

    static GridAxis axis(String coordinate, double from, double to, int count) {
        GridAxis axis = FACTORY.createGridAxis();
        axis.setCoordinate(coordinate);
        axis.setFrom(from);
        axis.setTo(to);
        axis.setCount(count);
        return axis;
    }

    /** An axis over the coordinate's whole range. */
    static GridAxis axis(String coordinate, int count) {
        GridAxis axis = FACTORY.createGridAxis();
        axis.setCoordinate(coordinate);
        axis.setCount(count);
        return axis;
    }

    static SolveStep solve(String name, String study, String solver, String output, List<ParameterAssignment> values,
            GridAxis... grid) {
        SolveStep step = FACTORY.createSolveStep();
        step.setName(name);
        step.setStudy(study);
        step.setSolver(solver);
        step.setOutput(output);
        step.getValues().addAll(values);
        step.getGrid().addAll(Arrays.asList(grid));
        return step;
    }

    static SweepStep sweep(String name, String study, String solver, String parameter, double from, double to,
            int count, String output, Quantity... quantities) {
        SweepStep step = FACTORY.createSweepStep();
        step.setName(name);
        step.setStudy(study);
        step.setSolver(solver);
        step.setParameter(parameter);
        step.setFrom(from);
        step.setTo(to);
        step.setCount(count);
        step.setOutput(output);
        step.getQuantities().addAll(Arrays.asList(quantities));
        return step;
    }

    static Quantity quantity(QuantityKind kind, String field, double... point) {
        Quantity quantity = FACTORY.createQuantity();
        quantity.setKind(kind);
        quantity.setField(field);
        for (double coordinate : point) {
            quantity.getPoint().add(coordinate);
        }
        return quantity;
    }

    static CompareStep compare(String name, String study, String solver, String reference, String output,
            List<List<ParameterAssignment>> points, int... resolution) {
        CompareStep step = FACTORY.createCompareStep();
        step.setName(name);
        step.setStudy(study);
        step.setSolver(solver);
        step.setReference(reference);
        step.setOutput(output);
        for (List<ParameterAssignment> values : points) {
            ParameterPoint point = FACTORY.createParameterPoint();
            point.getValues().addAll(values);
            step.getPoints().add(point);
        }
        for (int count : resolution) {
            step.getResolution().add(count);
        }
        return step;
    }

    /** A step of a contributed kind with properties given as key, value, key, value, ... */
    static ContributedStep contributed(String name, String kind, String... properties) {
        ContributedStep step = FACTORY.createContributedStep();
        step.setName(name);
        step.setKind(kind);
        for (int i = 0; i + 1 < properties.length; i += 2) {
            Property property = FACTORY.createProperty();
            property.setKey(properties[i]);
            property.setValue(properties[i + 1]);
            step.getProperties().add(property);
        }
        return step;
    }

    /** A CSV file: its header and its rows as numbers. */
    record Csv(List<String> header, List<double[]> rows) {

        double value(int row, String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + column + " in " + header);
            }
            return rows.get(row)[index];
        }
    }

    /** Reads a CSV file of numbers (cells true/false read as 1/0, other text as NaN). */
    static Csv csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, "cells in '" + line + "'");
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                row[c] = switch (cells[c]) {
                case "true" -> 1;
                case "false" -> 0;
                default -> {
                    try {
                        yield Double.parseDouble(cells[c]);
                    } catch (NumberFormatException e) {
                        yield Double.NaN;
                    }
                }
                };
            }
            rows.add(row);
        }
        return new Csv(header, rows);
    }

    /** The text cells of one column of a CSV file. */
    static List<String> column(Path file, String column) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)[index]).toList();
    }
}
