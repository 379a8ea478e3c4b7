from concurrent import interpreters

############################
# python -c 'print("spam!")'
############################

interp = interpreters.create()
interp.exec('print("spam!")')
