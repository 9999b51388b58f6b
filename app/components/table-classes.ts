// The classes Tremor's TableRow and TableCell (className "text-right" for numbers) put on their
// <tr> and <td>. A table body of thousands of cells writes plain <tr>/<td> with these instead of a
// component and a class merge per cell: the same HTML, a smaller server render.
export const TABLE_ROW = "tremor-TableRow-row";
export const TEXT_CELL = "tremor-TableCell-root align-middle whitespace-nowrap text-left p-4";
export const NUMBER_CELL = "tremor-TableCell-root align-middle whitespace-nowrap p-4 text-right";
