from rootcause.entry import main

main()
