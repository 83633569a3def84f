"""One OpenFisca simulation per tax-benefit system, built once and refilled for every part of a run.

openfisca-core's populations, holders and simulation depend on the system, not on the
families. A frame keeps them across the chunks of a run: each part only replaces the
members (how many, each person's family and role) and the facts, and `clear` drops every
array the part left behind, so the next part starts from what a freshly built simulation
holds. Clearing by hand also frees the part's arrays at once (a fresh simulation and its
populations refer to each other, so only the garbage collector could free them).

    frame = SimulationFrame(system)
    simulation = frame.load(arrays)   # arrays: columnar.ChunkArrays
    ...
    frame.clear()

`Frames` keeps one frame per system a run uses (baseline, reform) from chunk to chunk.
"""

import numpy
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum, EnumArray
from openfisca_core.simulations import Simulation

from openfisca_asb.population.columnar import ChunkArrays

ETERNITY = periods.period(periods.DateUnit.ETERNITY)


class SimulationFrame:
    def __init__(self, system):
        self.system = system
        populations = system.instantiate_entities()
        self.simulation = Simulation(system, populations)
        self._persons, self._families = populations["person"], populations["familie"]
        self._roles = numpy.array(self._families.entity.flattened_roles, dtype=object)  # caregiver, child
        # What openfisca-core set up; anything else a formula or helper attaches to the simulation or a
        # population during a part (a memo, a role-mask cache) belongs to that part and is dropped with it.
        self._own = {id(owner): set(vars(owner)) for owner in self._owners()}

    def _owners(self) -> list:
        return [self.simulation, *self.simulation.populations.values()]

    def load(self, arrays: ChunkArrays) -> Simulation:
        """The simulation, holding `arrays`' members and facts and nothing else."""
        self.clear()
        persons, families = self._persons, self._families
        persons.count, persons.ids = arrays.persons, numpy.arange(arrays.persons)
        families.count, families.ids = arrays.families, numpy.arange(arrays.families)
        families.members_entity_id = arrays.person_family
        # openfisca-core's setter makes a Python list of one Role per person; the same object array in one take:
        families._members_role = self._roles[arrays.is_child.view(numpy.int8)]
        variables = self.system.variables
        for name, (_, values) in arrays.facts.items():
            possible = variables[name].possible_values if variables[name].value_type is Enum else None
            # A choice arrives as valid enum indices (columnar._choice): set as indices, not encoded again.
            self.simulation.set_input(name, ETERNITY, values if possible is None else EnumArray(values, possible))
        for name, values in arrays.structure.items():
            if name in variables:
                self.simulation.set_input(name, ETERNITY, values)
        return self.simulation

    def clear(self) -> None:
        """Drop the part: every holder's values, the members and their caches, anything attached since."""
        simulation = self.simulation
        for owner in self._owners():
            for name in set(vars(owner)) - self._own[id(owner)]:
                delattr(owner, name)
        for population in simulation.populations.values():
            for holder in population._holders.values():
                holder.delete_arrays()
            population.count, population.ids = 0, []
        families = self._families
        families.members_entity_id = None
        families._members_role = families._members_position = families._ordered_members_map = None
        simulation.invalidated_caches = set()
        simulation.tracer = type(simulation.tracer)()


class Frames:
    """The simulation frame of each system a run uses (baseline, reform), kept from chunk to chunk."""

    def __init__(self):
        self._frames: dict[int, SimulationFrame] = {}

    def load(self, arrays: ChunkArrays, system) -> Simulation:
        frame = self._frames.get(id(system))
        if frame is None or frame.system is not system:
            frame = self._frames[id(system)] = SimulationFrame(system)
        return frame.load(arrays)

    def clear(self) -> None:
        for frame in self._frames.values():
            frame.clear()


def build_simulation(arrays: ChunkArrays, system) -> Simulation:
    """A simulation of its own (for a one-off, such as the reform probe's traces)."""
    return SimulationFrame(system).load(arrays)
