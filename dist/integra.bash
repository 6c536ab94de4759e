# Bash completion for integra: commands, options, record IDs and the words options take.
# integra itself answers (`integra __complete WORD...`, cli/cmd_complete.cpp) from its own
# command tree and the file names in the data directory, so completion follows the program.
# Installed as /usr/share/bash-completion/completions/integra, which bash-completion loads on
# first use; without that package, source this file from ~/.bashrc.

_integra() {
    local cur=${COMP_WORDS[COMP_CWORD]} program=${COMP_WORDS[0]}
    [[ $program == "~/"* ]] && program=$HOME/${program#"~/"}
    # bash splits `--data=DIR` and `10:30` at `=` and `:`; integra joins them again, and what
    # it prints replaces only the part after them.
    [[ $cur == "=" || $cur == ":" ]] && cur=
    local -a matches
    mapfile -t matches < <(command "$program" __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" \
        </dev/null 2>/dev/null)
    case ${matches[0]-} in
    :dirs)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        ;;
    :files)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        ;;
    *) COMPREPLY=("${matches[@]}") ;;
    esac
}
complete -F _integra integra
