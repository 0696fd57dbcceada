"""Front desk back-office jobs for the Overhang climbing gym."""
