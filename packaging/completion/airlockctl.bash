# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
# bash completion for airlockctl

_airlockctl()
{
    local cur prev words cword
    _init_completion 2>/dev/null || {
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }
    local commands="doctor check run reject audit demo submit mcp --help --version"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
    fi
    case "$prev" in
        --policy|--db|--team|-o|--output)
            COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --out)
            COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --format)
            COMPREPLY=($(compgen -W "csv json html" -- "$cur")); return ;;
        --scenarios)
            COMPREPLY=($(compgen -W "exclude include only" -- "$cur")); return ;;
        --reviewer|--reason|--override-reason|--since|--until|--agent|--agent-ref|--status|--search|--limit|--scenario|--timeout)
            return ;;
    esac
    local options
    case "${words[1]}" in
        doctor) options="--json --help" ;;
        check) options="--policy --json --db --help" ;;
        run) options="--approve --reviewer --reason --override-reason --policy --out --json --db --team --help" ;;
        reject) options="--reviewer --reason --policy --json --db --team --help" ;;
        audit)
            if [[ $cword -eq 2 ]]; then
                COMPREPLY=($(compgen -W "list show verify export ship" -- "$cur")); return
            fi
            options="--since --until --agent --agent-ref --reviewer --status --search --limit --scenarios --format -o --output --json --db --team --analyst --machine --help" ;;
        demo) options="--out --scenario --help" ;;
        submit) options="--wait --timeout --json --help" ;;
        mcp) options="--help" ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ "${words[1]}" =~ ^(check|run|reject|submit)$ ]]; then
        COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
    fi
}
complete -F _airlockctl airlockctl
