from rootcause.cli import main

main()
